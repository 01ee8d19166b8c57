package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code infra/local/run.sh}'s first start as a user sees it: a line per module while Maven builds, no escape codes,
 * where the runnable jar is; and a failed build's log end and exit code. The script runs from a copy of the
 * project's layout with a stand-in {@code mvn} on its PATH that writes what Maven's batch-mode log holds (a real
 * build takes minutes and is what every other test here runs on).
 */
class RunScriptIT {

    private static final Path RUN_SH = Path.of("run.sh");

    @TempDir
    Path project;

    @Test
    void aFirstStartShowsOneLinePerModuleAndWhereTheJarIs() throws Exception {
        Result start = runAfterBuild("""
                echo "[INFO] Scanning for projects..."
                echo "[INFO] Building PayCrypto crypto 0.1.0-SNAPSHOT                       [1/3]"
                echo "[INFO] --------------------------------[ jar ]---------------------------------"
                echo "[INFO] Building PayCrypto keys 0.1.0-SNAPSHOT                         [2/3]"
                echo "[INFO] Building PayCrypto local 0.1.0-SNAPSHOT                        [3/3]"
                mkdir -p infra/local/target && echo jar > infra/local/target/paycrypto-local.jar
                echo "[INFO] BUILD SUCCESS"
                """);
        assertThat(start.exit()).as(start.stderr()).isZero();
        Path jar = project.resolve("infra/local/target/paycrypto-local.jar");
        assertThat(start.stderr().lines().toList()).containsSubsequence(
                "Building PayCrypto (first start, or sources changed; a few minutes the first time)...",
                "  [1/3] PayCrypto crypto", "  [2/3] PayCrypto keys", "  [3/3] PayCrypto local",
                "Built: " + jar + " (later starts: java -jar " + jar + ")");
        assertThat(start.stderr()).doesNotContain("\u001b").doesNotContain("Scanning").doesNotContain("BUILD SUCCESS");
        assertThat(Files.readString(project.resolve("infra/local/target/build.log"))).contains("BUILD SUCCESS");
        assertThat(start.stdout().lines().toList()).as("the command the start runs, a word a line")
                .containsSubsequence("java", "-jar", jar.toString());
        assertThat(Files.readString(project.resolve("mvn-arguments"))).contains("-B", "-Dstyle.color=never",
                "-pl infra/local -am install");
    }

    @Test
    void aLaterStartDoesNotBuild() throws Exception {
        runAfterBuild("mkdir -p infra/local/target && echo jar > infra/local/target/paycrypto-local.jar");
        Files.delete(project.resolve("mvn-arguments"));
        Result again = run();
        assertThat(again.exit()).isZero();
        assertThat(again.stderr()).doesNotContain("Building");
        assertThat(project.resolve("mvn-arguments")).doesNotExist();
    }

    @Test
    void aFailedBuildShowsTheEndOfItsLogAndExitsWithMavensCode() throws Exception {
        Result start = runAfterBuild("""
                echo "[INFO] Building PayCrypto crypto 0.1.0-SNAPSHOT                       [1/3]"
                echo "[ERROR] COMPILATION ERROR : Foo.java:[3,1] class, interface, enum, or record expected"
                echo "[INFO] BUILD FAILURE"
                exit 7
                """);
        assertThat(start.exit()).isEqualTo(7);
        assertThat(start.stderr()).contains("  [1/3] PayCrypto crypto", "The build failed; the end of its log (",
                "[ERROR] COMPILATION ERROR : Foo.java:[3,1]", "BUILD FAILURE").doesNotContain("Built:");
        assertThat(start.stdout()).isEmpty();
    }

    private Result runAfterBuild(String mavenBody) throws Exception {
        Path bin = Files.createDirectories(project.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\necho \"$*\" > \"" + project.resolve("mvn-arguments") + "\"\n"
                + mavenBody);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = Files.createDirectories(project.resolve("infra/local")).resolve("run.sh");
        Files.copy(RUN_SH, script);
        for (String directory : List.of("shared", "functions", "infra/local/src")) {
            Files.createDirectories(project.resolve(directory));
        }
        Files.writeString(project.resolve("template.yaml"), "Resources: {}\n");
        return run();
    }

    /** run.sh with the stand-in mvn first on PATH, printing the JVM command instead of starting it. */
    private Result run() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("infra/local/run.sh").toString())
                .directory(project.toFile());
        builder.environment().put("PATH", project.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("PAYCRYPTO_PRINT_COMMAND", "1");
        builder.redirectOutput(project.resolve("stdout").toFile()).redirectError(project.resolve("stderr").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(),
                Files.readString(project.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(project.resolve("stderr"), StandardCharsets.UTF_8));
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
