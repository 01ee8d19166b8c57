package dev.paycrypto.deployed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.local.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build SAM CLI runs for {@code template.yaml}, executed without SAM CLI: for every function and layer whose
 * {@code Metadata.BuildMethod} is {@code makefile}, what aws-sam-cli's {@code app_builder} and aws-lambda-builders'
 * {@code CustomMakeWorkflow} do — the resource's {@code CodeUri} (or {@code ContentUri}) copied to a scratch folder
 * without {@code .aws-sam} and {@code .git}; {@code make --makefile <ContextPath>/Makefile build-<LogicalId>} run in
 * {@code WorkingDirectory} (mapped into the scratch copy when it lies inside the code folder, else as given) with
 * {@code ARTIFACTS_DIR} added to the environment; one artifacts folder per resource, as in {@code .aws-sam/build}.
 * Another build method fails the build: the contract tested here is the one the template declares.
 */
public final class SamBuild {

    private static final Set<String> EXCLUDED = Set.of(".aws-sam", ".git");
    private static Artifacts built;

    private SamBuild() {
    }

    /** What one build made: each resource's artifacts folder by logical id. */
    public record Artifacts(Path buildDirectory, Map<String, Path> byLogicalId, Map<String, String> handlers) {

        /** A function's folder: what Lambda extracts to {@code /var/task}. */
        public Path function(String logicalId) {
            return require(logicalId);
        }

        /** A layer's folder: what Lambda extracts to {@code /opt}. */
        public Path layer(String logicalId) {
            return require(logicalId);
        }

        private Path require(String logicalId) {
            Path folder = byLogicalId.get(logicalId);
            if (folder == null) {
                throw new IllegalArgumentException("No artifacts for " + logicalId);
            }
            return folder;
        }
    }

    /** The checkout's build, made once per JVM into {@code infra/deployed/target/sam-build}. */
    public static synchronized Artifacts ofCheckout() {
        if (built == null) {
            Path repo = dev.paycrypto.deployed.apigateway.SamTranslatedTemplate.repoRoot();
            built = run(repo, repo.resolve("infra/deployed/target/sam-build"));
        }
        return built;
    }

    public static Artifacts run(Path repo, Path buildDirectory) {
        JsonNode template = TemplateReader.read(repo.resolve("template.yaml"));
        JsonNode globals = template.path("Globals").path("Function");
        deleteTree(buildDirectory);
        Map<String, Path> artifacts = new LinkedHashMap<>();
        Map<String, String> handlers = new LinkedHashMap<>();
        Path log = buildDirectory.resolve("make.log");
        template.path("Resources").properties().forEach(entry -> {
            String logicalId = entry.getKey();
            JsonNode resource = entry.getValue();
            String type = resource.path("Type").asText();
            JsonNode properties = resource.path("Properties");
            String codeUri;
            if (type.equals("AWS::Serverless::Function")) {
                codeUri = properties.path("CodeUri").asText(globals.path("CodeUri").asText(null));
                handlers.put(logicalId, properties.path("Handler").asText());
            } else if (type.equals("AWS::Serverless::LayerVersion")) {
                codeUri = properties.path("ContentUri").asText(null);
            } else {
                return;
            }
            JsonNode metadata = resource.path("Metadata");
            if (!"makefile".equals(metadata.path("BuildMethod").asText())) {
                throw new IllegalStateException(logicalId + " is not built by its Makefile (BuildMethod "
                        + metadata.path("BuildMethod").asText("none") + ")");
            }
            artifacts.put(logicalId, build(repo, logicalId, codeUri, metadata, buildDirectory.resolve(logicalId), log));
        });
        return new Artifacts(buildDirectory, Map.copyOf(artifacts), Map.copyOf(handlers));
    }

    private static Path build(Path repo, String logicalId, String codeUri, JsonNode metadata, Path artifacts,
                              Path log) {
        Path codeDirectory = repo.resolve(codeUri).normalize();
        Path manifest = repo.resolve(metadata.path("ContextPath").asText(codeUri)).resolve("Makefile").normalize();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("sam-scratch-");
            copyTree(codeDirectory, scratch);
            Path workingDirectory = scratch;
            if (metadata.hasNonNull("WorkingDirectory")) {
                Path declared = repo.resolve(metadata.get("WorkingDirectory").asText()).normalize();
                workingDirectory = declared.startsWith(codeDirectory)
                        ? scratch.resolve(codeDirectory.relativize(declared)) : declared;
            }
            Files.createDirectories(artifacts);
            Files.createDirectories(log.getParent());
            ProcessBuilder make = new ProcessBuilder("make", "--makefile", manifest.toString(), "build-" + logicalId)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            make.environment().put("ARTIFACTS_DIR", artifacts.toString());
            Process process = make.start();
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("make build-" + logicalId + " did not finish; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("make build-" + logicalId + " failed (" + process.exitValue()
                        + "):\n" + tail(log));
            }
            return artifacts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(from) && EXCLUDED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
