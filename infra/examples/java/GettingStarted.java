// PayCrypto getting started with the AWS SDK for Java v2, unmodified, by endpoint override.
//
// Maven coordinates (any 2.x version from 2.41 on):
//   software.amazon.awssdk:paymentcryptography:2.41.18
//   software.amazon.awssdk:paymentcryptographydata:2.41.18
//
// Run against a started local service (./infra/local/run.sh):
//   java -cp <the two SDK artifacts and their dependencies>:. GettingStarted [endpoint]
// The endpoint is the first argument, else AWS_ENDPOINT_URL, else http://127.0.0.1:8090.

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;

public final class GettingStarted {

    public static void main(String[] args) {
        String endpoint = args.length > 0 ? args[0]
                : System.getenv().getOrDefault("AWS_ENDPOINT_URL", "http://127.0.0.1:8090");
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (var control = PaymentCryptographyClient.builder().endpointOverride(URI.create(endpoint))
                     .region(Region.US_EAST_1).credentialsProvider(credentials).build();
             var data = PaymentCryptographyDataClient.builder().endpointOverride(URI.create(endpoint))
                     .region(Region.US_EAST_1).credentialsProvider(credentials).build()) {

            // 1. a card verification key
            Key key = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                    .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                    .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                    .keyClass(KeyClass.SYMMETRIC_KEY)
                    .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
            System.out.println("key: " + key.keyArn() + " (KCV " + key.keyCheckValue() + ")");

            // 2. a CVV2 for a card
            String cvv2 = data.generateCardValidationData(r -> r.keyIdentifier(key.keyArn())
                    .primaryAccountNumber("171234567890123")
                    .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("0123"))))
                    .validationData();
            System.out.println("CVV2 generated");

            // 3. verified
            data.verifyCardValidationData(r -> r.keyIdentifier(key.keyArn())
                    .primaryAccountNumber("171234567890123")
                    .verificationAttributes(v -> v.cardVerificationValue2(c -> c.cardExpiryDate("0123")))
                    .validationData(cvv2));
            System.out.println("CVV2 verified");

            // 4. a wrong value is refused, with its reason
            try {
                data.verifyCardValidationData(r -> r.keyIdentifier(key.keyArn())
                        .primaryAccountNumber("171234567890123")
                        .verificationAttributes(v -> v.cardVerificationValue2(c -> c.cardExpiryDate("0123")))
                        .validationData("999".equals(cvv2) ? "998" : "999"));
                throw new IllegalStateException("a wrong CVV2 was accepted");
            } catch (VerificationFailedException refused) {
                System.out.println("wrong CVV2 refused: " + refused.reasonAsString());
            }

            // 5. deleted (pending deletion for 7 days; restoreKey cancels)
            System.out.println("key state: " + control.deleteKey(r -> r.keyIdentifier(key.keyArn())).key().keyState());
        }
    }
}
