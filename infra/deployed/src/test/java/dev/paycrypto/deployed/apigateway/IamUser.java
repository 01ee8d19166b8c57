package dev.paycrypto.deployed.apigateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An IAM user with one access key, as API Gateway's IAM authorisation learns it from the key: the account it belongs
 * to, its ARN, and its unique id ({@code AIDA...}), which API Gateway reports as the caller.
 */
public record IamUser(String accessKeyId, String secretAccessKey, String accountId, String userArn, String userId) {

    public IamUser {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (accountId == null || !accountId.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("An account id is 12 digits");
        }
        Objects.requireNonNull(userArn, "userArn");
        Objects.requireNonNull(userId, "userId");
    }

    /** A user named {@code name} in {@code accountId}, with its ARN made the way IAM makes it. */
    public static IamUser named(String name, String accountId, String userId, String accessKeyId,
                                String secretAccessKey) {
        return new IamUser(accessKeyId, secretAccessKey, accountId, "arn:aws:iam::" + accountId + ":user/" + name,
                userId);
    }

    /** Users by their access key id, as {@link ApiGatewayEmulator#start} takes them. */
    public static Map<String, IamUser> byAccessKey(IamUser... users) {
        Map<String, IamUser> byKey = new LinkedHashMap<>();
        for (IamUser user : users) {
            byKey.put(user.accessKeyId(), user);
        }
        return Map.copyOf(byKey);
    }

    @Override
    public String toString() {
        return "IamUser[" + userArn + ", " + accessKeyId + "]";
    }
}
