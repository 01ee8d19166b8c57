package dev.paycrypto.app.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The global condition keys a key policy may test, as far as PayCrypto knows them. Their names are
 * case-insensitive, as in IAM. {@code aws:SourceVpc} and {@code aws:SourceVpce} are accepted but never present
 * (PayCrypto has no VPC endpoints), so they evaluate as IAM evaluates a key missing from the request. Keys it
 * cannot know at all ({@code aws:SecureTransport}: the local front speaks plain HTTP behind whatever terminates
 * TLS) are refused, so that no condition is ever silently mis-evaluated.
 */
public enum ConditionKey {
    PRINCIPAL_ACCOUNT("aws:PrincipalAccount", ValueType.STRING),
    PRINCIPAL_ARN("aws:PrincipalArn", ValueType.ARN),
    SOURCE_IP("aws:SourceIp", ValueType.IP),
    SOURCE_VPC("aws:SourceVpc", ValueType.STRING),
    SOURCE_VPCE("aws:SourceVpce", ValueType.STRING),
    TAG_KEYS("aws:TagKeys", ValueType.STRING),
    /** {@code aws:RequestTag/<tag key>}: the value of that tag in the request. */
    REQUEST_TAG("aws:RequestTag/", ValueType.STRING);

    /** What values a key has, which decides the operators that may test it. */
    public enum ValueType { STRING, ARN, IP }

    private final String wireName;
    private final ValueType type;

    ConditionKey(String wireName, ValueType type) {
        this.wireName = wireName;
        this.type = type;
    }

    public String wireName() {
        return wireName;
    }

    public ValueType type() {
        return type;
    }

    /** The key a policy names, or empty for one PayCrypto does not evaluate. */
    public static Optional<ConditionKey> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ConditionKey key : values()) {
            String known = key.wireName.toLowerCase(Locale.ROOT);
            if (key == REQUEST_TAG ? lower.startsWith(known) && lower.length() > known.length() : lower.equals(known)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The request's values of this key ({@code keyName} the name the policy used), or null if it has none. */
    List<String> valuesIn(AccessRequest request, String keyName) {
        return switch (this) {
            case PRINCIPAL_ACCOUNT -> single(request.principalAccount());
            case PRINCIPAL_ARN -> single(request.identityArn());
            case SOURCE_IP -> single(request.facts().sourceIp());
            case SOURCE_VPC, SOURCE_VPCE -> null;
            case TAG_KEYS -> tagKeys(request);
            case REQUEST_TAG -> single(request.facts().requestTags().get(keyName.substring(wireName.length())));
        };
    }

    private static List<String> tagKeys(AccessRequest request) {
        List<String> keys = new ArrayList<>(request.facts().requestTags().keySet());
        keys.addAll(request.facts().tagKeys());
        return keys.isEmpty() ? null : keys;
    }

    private static List<String> single(String value) {
        return value == null ? null : List.of(value);
    }
}
