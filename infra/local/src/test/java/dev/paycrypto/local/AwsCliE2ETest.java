package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Getting Started flow through the real AWS CLI ({@code aws payment-cryptography ... --endpoint-url}). */
class AwsCliE2ETest extends LocalServiceTest {

    private record Result(int exitCode, String stdout, String stderr) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(stdout);
        }
    }

    private static Result aws(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", service.endpoint().toString(), "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_MAX_ATTEMPTS", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    @Test
    void gettingStartedWithTheCli() throws Exception {
        Result created = aws("payment-cryptography", "create-key", "--exportable", "--key-attributes",
                "KeyAlgorithm=TDES_2KEY,KeyUsage=TR31_C0_CARD_VERIFICATION_KEY,KeyClass=SYMMETRIC_KEY,"
                        + "KeyModesOfUse={Generate=true,Verify=true}");
        assertThat(created.exitCode()).as(created.stderr()).isZero();
        String keyArn = created.json().path("Key").path("KeyArn").asText();
        assertThat(keyArn).startsWith("arn:aws:payment-cryptography:us-east-1:111122223333:key/");

        Result generated = aws("payment-cryptography-data", "generate-card-validation-data", "--key-identifier", keyArn,
                "--primary-account-number", "171234567890123", "--generation-attributes",
                "CardVerificationValue2={CardExpiryDate=0123}");
        assertThat(generated.exitCode()).as(generated.stderr()).isZero();
        String cvv2 = generated.json().path("ValidationData").asText();
        assertThat(cvv2).matches("[0-9]{3}");

        Result verified = aws("payment-cryptography-data", "verify-card-validation-data", "--key-identifier", keyArn,
                "--primary-account-number", "171234567890123", "--verification-attributes",
                "CardVerificationValue2={CardExpiryDate=0123}", "--validation-data", cvv2);
        assertThat(verified.exitCode()).as(verified.stderr()).isZero();
        assertThat(verified.json().path("KeyArn").asText()).isEqualTo(keyArn);

        Result wrong = aws("payment-cryptography-data", "verify-card-validation-data", "--key-identifier", keyArn,
                "--primary-account-number", "171234567890123", "--verification-attributes",
                "CardVerificationValue2={CardExpiryDate=0123}", "--validation-data", cvv2.equals("999") ? "998" : "999");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.stderr()).contains("VerificationFailedException");

        Result deleted = aws("payment-cryptography", "delete-key", "--key-identifier", keyArn);
        assertThat(deleted.exitCode()).as(deleted.stderr()).isZero();
        assertThat(deleted.json().path("Key").path("KeyState").asText()).isEqualTo("DELETE_PENDING");

        Result restored = aws("payment-cryptography", "restore-key", "--key-identifier", keyArn);
        assertThat(restored.json().path("Key").path("KeyState").asText()).isEqualTo("CREATE_COMPLETE");

        Result aliased = aws("payment-cryptography", "create-alias", "--alias-name", "alias/cli-cvk", "--key-arn", keyArn);
        assertThat(aliased.exitCode()).as(aliased.stderr()).isZero();
        Result listed = aws("payment-cryptography", "list-aliases");
        assertThat(listed.json().path("Aliases").toString()).contains("alias/cli-cvk");
    }

    @Test
    void theUserGuideTr31ExportAndImportWithTheCli() throws Exception {
        Result kek = aws("payment-cryptography", "create-key", "--no-exportable", "--key-attributes",
                "KeyAlgorithm=AES_128,KeyUsage=TR31_K1_KEY_BLOCK_PROTECTION_KEY,KeyClass=SYMMETRIC_KEY,"
                        + "KeyModesOfUse={Encrypt=true,Decrypt=true,Wrap=true,Unwrap=true}");
        assertThat(kek.exitCode()).as(kek.stderr()).isZero();
        String kekArn = kek.json().path("Key").path("KeyArn").asText();
        Result cvk = aws("payment-cryptography", "create-key", "--exportable", "--key-attributes",
                "KeyAlgorithm=TDES_2KEY,KeyUsage=TR31_C0_CARD_VERIFICATION_KEY,KeyClass=SYMMETRIC_KEY,"
                        + "KeyModesOfUse={Generate=true,Verify=true}");
        String cvkKcv = cvk.json().path("Key").path("KeyCheckValue").asText();

        Result exported = aws("payment-cryptography", "export-key", "--export-key-identifier",
                cvk.json().path("Key").path("KeyArn").asText(), "--key-material",
                "{\"Tr31KeyBlock\": {\"WrappingKeyIdentifier\": \"" + kekArn + "\"}}");
        assertThat(exported.exitCode()).as(exported.stderr()).isZero();
        JsonNode wrapped = exported.json().path("WrappedKey");
        assertThat(wrapped.path("WrappedKeyMaterialFormat").asText()).isEqualTo("TR31_KEY_BLOCK");
        assertThat(wrapped.path("KeyMaterial").asText()).startsWith("D").contains("C0TC00E");
        assertThat(wrapped.path("KeyCheckValue").asText()).isEqualTo(cvkKcv);

        Result imported = aws("payment-cryptography", "import-key", "--key-material",
                "{\"Tr31KeyBlock\": {\"WrappingKeyIdentifier\": \"" + kekArn + "\", \"WrappedKeyBlock\": \""
                        + wrapped.path("KeyMaterial").asText() + "\"}}");
        assertThat(imported.exitCode()).as(imported.stderr()).isZero();
        assertThat(imported.json().path("Key").path("KeyCheckValue").asText()).isEqualTo(cvkKcv);
        assertThat(imported.json().path("Key").path("KeyOrigin").asText()).isEqualTo("EXTERNAL");

        Result parameters = aws("payment-cryptography", "get-parameters-for-export", "--key-material-type",
                "TR34_KEY_BLOCK", "--signing-key-algorithm", "RSA_2048");
        assertThat(parameters.exitCode()).as(parameters.stderr()).isZero();
        assertThat(parameters.json().path("ExportToken").asText()).startsWith("export-token-");
    }

    @Test
    void theCliSeesAWSStyleErrors() throws Exception {
        Result missing = aws("payment-cryptography", "get-key", "--key-identifier", "alias/does-not-exist");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("ResourceNotFoundException").contains("alias/does-not-exist");

        Result invalid = aws("payment-cryptography", "create-key", "--exportable", "--key-attributes",
                "KeyAlgorithm=TDES_2KEY,KeyUsage=TR31_C0_CARD_VERIFICATION_KEY,KeyClass=SYMMETRIC_KEY,"
                        + "KeyModesOfUse={Encrypt=true}");
        assertThat(invalid.exitCode()).isNotZero();
        assertThat(invalid.stderr()).contains("ValidationException").contains("KeyModesOfUse");
    }
}
