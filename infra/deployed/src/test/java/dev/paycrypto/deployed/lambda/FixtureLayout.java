package dev.paycrypto.deployed.lambda;

import dev.paycrypto.deployed.lambda.fixtures.LayerGreeting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A Lambda layout of the fixture handlers, as SAM would build it: the handler's classes at the task root (standing for
 * {@code /var/task}), and a layer ({@code /opt/java/lib/fixture-layer.jar}) holding {@link LayerGreeting}. A resource
 * {@code lambda-fixture/which.txt} is in both, saying {@code task} or {@code layer}, to show which one wins.
 * aws-lambda-java-core is in neither: Lambda's runtime provides it.
 */
record FixtureLayout(Path taskRoot, Path optRoot) {

    static final String RESOURCE = "lambda-fixture/which.txt";

    static FixtureLayout create(Path folder, Class<?> handler) throws IOException {
        Path taskRoot = Files.createDirectories(folder.resolve("task"));
        Path optRoot = Files.createDirectories(folder.resolve("opt"));
        copyClass(handler, taskRoot);
        write(taskRoot.resolve(RESOURCE), "task");
        Path layerJar = Files.createDirectories(optRoot.resolve("java/lib")).resolve("fixture-layer.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(layerJar))) {
            String entry = LayerGreeting.class.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(entry));
            Files.copy(classFolder(LayerGreeting.class).resolve(entry), jar);
            jar.closeEntry();
            jar.putNextEntry(new JarEntry(RESOURCE));
            jar.write("layer".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return new FixtureLayout(taskRoot, optRoot);
    }

    /** Copies a class and its nested classes to their package path under {@code root}. */
    private static void copyClass(Class<?> type, Path root) throws IOException {
        String path = type.getName().replace('.', '/');
        Path source = classFolder(type).resolve(path).getParent();
        Path target = Files.createDirectories(root.resolve(path).getParent());
        String simple = type.getSimpleName();
        try (DirectoryStream<Path> classes = Files.newDirectoryStream(source, simple + "{.class,$*.class}")) {
            for (Path file : classes) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
    }

    private static Path classFolder(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
