package dev.paycrypto.deployed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A function as Lambda lays it out: its artifacts as the task root ({@code /var/task}) and the layer's as
 * {@code /opt}. Lambda's Java class path is the task root, then {@code /var/task/lib/*.jar}, then
 * {@code /opt/java/lib/*.jar}, each sorted by name (aws-lambda-java-libs, the runtime's customer class loader).
 */
public record LambdaLayout(Path taskRoot, Path optRoot) {

    public static LambdaLayout of(SamBuild.Artifacts artifacts, String functionId, String layerId) {
        return new LambdaLayout(artifacts.function(functionId), artifacts.layer(layerId));
    }

    /** The class path entries in Lambda's order. */
    public List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        entries.add(taskRoot);
        entries.addAll(jars(taskRoot.resolve("lib")));
        entries.addAll(jars(optRoot.resolve("java/lib")));
        return entries;
    }

    /** A class loader over {@link #classPath()} alone: nothing of the test's own class path shows through. */
    public URLClassLoader classLoader() {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath()) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new URLClassLoader("lambda-task", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** A folder's jars sorted by file name, as the runtime's customer class loader orders them; none if absent. */
    public static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
