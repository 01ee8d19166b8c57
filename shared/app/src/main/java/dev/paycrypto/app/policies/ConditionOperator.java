package dev.paycrypto.app.policies;

import dev.paycrypto.app.policies.ConditionKey.ValueType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The condition operators PayCrypto evaluates, with the IAM semantics of each: what it compares, which keys it may
 * test and whether it is negated (a negated operator holds when the value matches none of the policy's values).
 * {@code ArnEquals} and {@code ArnLike} are the same test in IAM: each of the six colon-separated parts of the ARN,
 * with {@code *} and {@code ?} wildcards.
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", false, Comparison.EXACT),
    STRING_NOT_EQUALS("StringNotEquals", true, Comparison.EXACT),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, Comparison.IGNORE_CASE),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, Comparison.IGNORE_CASE),
    STRING_LIKE("StringLike", false, Comparison.LIKE),
    STRING_NOT_LIKE("StringNotLike", true, Comparison.LIKE),
    ARN_EQUALS("ArnEquals", false, Comparison.ARN),
    ARN_LIKE("ArnLike", false, Comparison.ARN),
    ARN_NOT_EQUALS("ArnNotEquals", true, Comparison.ARN),
    ARN_NOT_LIKE("ArnNotLike", true, Comparison.ARN),
    IP_ADDRESS("IpAddress", false, Comparison.IP),
    NOT_IP_ADDRESS("NotIpAddress", true, Comparison.IP),
    NULL("Null", false, Comparison.NULL);

    private enum Comparison {
        EXACT(EnumSet.of(ValueType.STRING, ValueType.ARN)),
        IGNORE_CASE(EnumSet.of(ValueType.STRING, ValueType.ARN)),
        LIKE(EnumSet.of(ValueType.STRING, ValueType.ARN)),
        ARN(EnumSet.of(ValueType.ARN)),
        IP(EnumSet.of(ValueType.IP)),
        NULL(EnumSet.allOf(ValueType.class));

        private final Set<ValueType> keyTypes;

        Comparison(Set<ValueType> keyTypes) {
            this.keyTypes = keyTypes;
        }
    }

    private final String wireName;
    private final boolean negated;
    private final Comparison comparison;

    ConditionOperator(String wireName, boolean negated, Comparison comparison) {
        this.wireName = wireName;
        this.negated = negated;
        this.comparison = comparison;
    }

    public String wireName() {
        return wireName;
    }

    public boolean negated() {
        return negated;
    }

    /** The operator of this name (exact, as IAM writes them), without prefix or suffix. */
    public static Optional<ConditionOperator> of(String name) {
        for (ConditionOperator operator : values()) {
            if (operator.wireName.equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    /** Whether this operator may test a key of that type. */
    public boolean accepts(ValueType type) {
        return comparison.keyTypes.contains(type);
    }

    /** Null (the reason) if {@code value} is a valid policy value for this operator. */
    String invalidValue(String value) {
        return switch (comparison) {
            case IP -> Cidr.parse(value).isPresent() ? null : "is not an IP address or CIDR block";
            case NULL -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                    : "must be true or false";
            case ARN -> value.split(":", 6).length == 6 ? null : "is not an ARN";
            default -> null;
        };
    }

    /** Whether a present request value matches one policy value, before negation ({@code Null} excluded). */
    boolean matches(String requestValue, String policyValue) {
        return switch (comparison) {
            case EXACT -> requestValue.equals(policyValue);
            case IGNORE_CASE -> requestValue.toLowerCase(Locale.ROOT).equals(policyValue.toLowerCase(Locale.ROOT));
            case LIKE -> Wildcards.matches(policyValue, requestValue);
            case ARN -> arnMatches(policyValue, requestValue);
            case IP -> Cidr.parse(policyValue).map(block -> block.contains(requestValue)).orElse(false);
            case NULL -> throw new IllegalStateException("Null tests presence, not values");
        };
    }

    private static boolean arnMatches(String pattern, String arn) {
        String[] patternParts = pattern.split(":", 6);
        String[] arnParts = arn.split(":", 6);
        if (patternParts.length != 6 || arnParts.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Wildcards.matches(patternParts[i], arnParts[i])) {
                return false;
            }
        }
        return true;
    }
}
