package dev.paycrypto.deployed;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these tests run in: the first folder upwards from the module's that holds {@code template.yaml}. */
public final class Repository {

    private Repository() {
    }

    public static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("template.yaml")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No checkout above " + dir);
    }
}
