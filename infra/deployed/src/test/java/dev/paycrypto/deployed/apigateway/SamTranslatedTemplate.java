package dev.paycrypto.deployed.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The CloudFormation template AWS SAM makes of the checkout's template.yaml, translated offline by
 * infra/tools/sam-translate.py (the translator cfn-lint uses): what API Gateway would be configured with, rather than
 * the SAM shorthand.
 */
public final class SamTranslatedTemplate {

    /** The Region the translator is told (its own default), which the emulated API then serves. */
    public static final String DEFAULT_REGION = "us-east-1";

    private static final long TRANSLATOR_SECONDS = 120;

    private SamTranslatedTemplate() {
    }

    /** The checkout's top: the nearest directory above the working one that holds template.yaml and the translator. */
    public static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isRegularFile(translator(dir))) {
                return dir;
            }
        }
        throw new IllegalStateException("No checkout (template.yaml and infra/tools/sam-translate.py) above "
                + Path.of("").toAbsolutePath());
    }

    /** The translated template.yaml of {@code repoRoot}, for {@link #DEFAULT_REGION}. */
    public static JsonNode load(Path repoRoot) throws IOException, InterruptedException {
        return load(repoRoot, DEFAULT_REGION);
    }

    public static JsonNode load(Path repoRoot, String region) throws IOException, InterruptedException {
        File errors = File.createTempFile("sam-translate", ".err");
        try {
            Process process = new ProcessBuilder("python3", translator(repoRoot).toString(),
                    repoRoot.resolve("template.yaml").toString(), "--region", region)
                    .redirectError(errors).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TRANSLATOR_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("The SAM translator did not finish within " + TRANSLATOR_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("The SAM translator failed: " + Files.readString(errors.toPath()));
            }
            return new ObjectMapper().readTree(new String(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(errors.toPath());
        }
    }

    private static Path translator(Path repoRoot) {
        return repoRoot.resolve("infra/tools/sam-translate.py");
    }
}
