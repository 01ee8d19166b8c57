package dev.paycrypto.deployed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build SAM CLI runs, executed as it runs it ({@link SamBuild}), and what Lambda would load from it: every handler
 * the template names, from its function's artifacts and the shared layer laid out as Lambda lays them out.
 */
class SamBuildIT {

    private static final String LAYER = "SharedLayer";
    private static SamBuild.Artifacts artifacts;

    @BeforeAll
    static void build() {
        artifacts = SamBuild.ofCheckout();
    }

    @Test
    void everyFunctionAndTheLayerIsBuilt() {
        assertThat(artifacts.handlers()).hasSize(54);
        assertThat(artifacts.byLogicalId()).hasSize(55).containsKey(LAYER);
        assertThat(LambdaLayout.jars(artifacts.layer(LAYER).resolve("java/lib")))
                .extracting(jar -> jar.getFileName().toString())
                .anyMatch(name -> name.startsWith("paycrypto-service-"))
                .anyMatch(name -> name.startsWith("paycrypto-crypto-"));
    }

    @Test
    void everyHandlerLoadsFromLambdasLayout() throws Exception {
        for (Map.Entry<String, String> function : artifacts.handlers().entrySet()) {
            LambdaLayout layout = LambdaLayout.of(artifacts, function.getKey(), LAYER);
            String handler = function.getValue();
            String className = handler.substring(0, handler.indexOf("::"));
            String methodName = handler.substring(handler.indexOf("::") + 2);
            try (URLClassLoader loader = layout.classLoader()) {
                Class<?> type = Class.forName(className, false, loader);
                // the two handler kinds of aws-lambda-java-core: API functions take events, workers streams
                Class<?> events = Class.forName("com.amazonaws.services.lambda.runtime.RequestHandler", false, loader);
                Class<?> streams = Class.forName("com.amazonaws.services.lambda.runtime.RequestStreamHandler", false,
                        loader);
                assertThat(events.isAssignableFrom(type) || streams.isAssignableFrom(type)).as(handler).isTrue();
                assertThat(Stream.of(type.getMethods()).map(Method::getName)).as(handler).contains(methodName);
            }
        }
    }

    @Test
    void everyClassOfTheFunctionsLinksAgainstTheLayer() throws Exception {
        LambdaLayout layout = LambdaLayout.of(artifacts, "CreateKeyFunction", LAYER);
        List<String> classes;
        try (Stream<Path> files = Files.walk(layout.taskRoot())) {
            classes = files.map(file -> layout.taskRoot().relativize(file).toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        assertThat(classes).hasSizeGreaterThan(46);
        try (URLClassLoader loader = layout.classLoader()) {
            for (String name : classes) {
                Class<?> type = Class.forName(name, false, loader);
                // resolves every type the class's members name
                type.getDeclaredMethods();
                type.getDeclaredFields();
                type.getDeclaredConstructors();
            }
        }
    }

    @Test
    void lambdaLoadsNothingOfTheLocalRuntimeAndNoClassTwice() throws IOException {
        LambdaLayout layout = LambdaLayout.of(artifacts, "GenerateCardValidationDataFunction", LAYER);
        Map<String, String> firstSeen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        long unzippedBytes = 0;
        try (Stream<Path> files = Files.walk(layout.taskRoot())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = layout.taskRoot().relativize(file).toString();
                unzippedBytes += Files.size(file);
                if (!name.startsWith("lib/")) {
                    record(firstSeen, duplicates, name, "task root");
                }
            }
        }
        List<Path> jars = new ArrayList<>(LambdaLayout.jars(layout.taskRoot().resolve("lib")));
        jars.addAll(LambdaLayout.jars(layout.optRoot().resolve("java/lib")));
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    unzippedBytes += Math.max(0, entry.getSize());
                    record(firstSeen, duplicates, entry.getName(), jar.getFileName().toString());
                }
            }
        }
        assertThat(firstSeen.keySet()).as("the local runtime's HTTP server, SQLite driver and classes")
                .noneMatch(name -> name.startsWith("org/sqlite/") || name.startsWith("io/netty/")
                        || name.startsWith("dev/paycrypto/local/"));
        assertThat(duplicates).as("classes found in two places of the class path").isEmpty();
        assertThat(unzippedBytes).as("Lambda's limit for a function and its layers, unzipped")
                .isLessThan(250L * 1024 * 1024);
    }

    @Test
    void noJarOrClassOfTheBuildCarriesSqlite() throws IOException {
        List<Path> jars;
        List<String> looseClasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(artifacts.buildDirectory())) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            jars = all.stream().filter(file -> file.getFileName().toString().endsWith(".jar")).toList();
            for (Path file : all) {
                if (file.getFileName().toString().endsWith(".class")) {
                    // the function folders: the class path is relative to the resource's folder
                    Path folder = artifacts.buildDirectory().relativize(file);
                    looseClasses.add(folder.subpath(1, folder.getNameCount()).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(jars).as("the jars of the build (the layer's)")
                .anyMatch(jar -> jar.getFileName().toString().startsWith("paycrypto-keys-"))
                .noneMatch(jar -> jar.getFileName().toString().startsWith("sqlite-jdbc"));
        assertThat(looseClasses).as("the functions' classes").isNotEmpty().noneMatch(SamBuildIT::isSqlite);
        for (Path jar : jars) {
            List<String> entries = new ArrayList<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().map(ZipEntry::getName).forEach(entries::add);
            }
            assertThat(entries).as("the SQLite driver and adapters in " + jar.getFileName())
                    .noneMatch(SamBuildIT::isSqlite);
        }
    }

    @Test
    void theSqliteCheckKnowsTheDriverTheAdaptersAndNothingElse() {
        assertThat(List.of("org/sqlite/JDBC.class", "dev/paycrypto/local/store/SqliteKeyStore.class",
                "dev/paycrypto/local/store/RowCache.class", "dev/paycrypto/service/events/SqliteAuditStore.class"))
                .allMatch(SamBuildIT::isSqlite);
        assertThat(List.of("dev/paycrypto/keys/store/KeyStore.class", "dev/paycrypto/aws/DynamoDbKeyStore.class",
                "META-INF/Sqlite-notes.txt")).noneMatch(SamBuildIT::isSqlite);
    }

    /** The SQLite driver, the local runtime's classes (its SQLite adapters among them), or any class named Sqlite*. */
    static boolean isSqlite(String entry) {
        String simpleName = entry.substring(entry.lastIndexOf('/') + 1);
        return entry.startsWith("org/sqlite/") || entry.startsWith("dev/paycrypto/local/")
                || (entry.endsWith(".class") && simpleName.startsWith("Sqlite"));
    }

    private static void record(Map<String, String> firstSeen, List<String> duplicates, String entry, String where) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.startsWith("META-INF/")) {
            return;
        }
        String earlier = firstSeen.putIfAbsent(entry, where);
        if (earlier != null) {
            duplicates.add(entry + " in " + earlier + " and " + where);
        }
    }
}
