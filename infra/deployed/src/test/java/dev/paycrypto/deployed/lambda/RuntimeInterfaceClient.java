package dev.paycrypto.deployed.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What Lambda's Java runtime puts on the system class path, under the customer's code: the runtime interface client
 * (RIC 2.10.1) and its own dependencies, found on this test JVM's class path. Also its JNI library, extracted once
 * per test JVM.
 *
 * <p>The RIC extracts its JNI library to the fixed path {@code /tmp/.libaws-lambda-jni.so}, replacing whatever is
 * there: harmless in Lambda, where {@code /tmp} belongs to one environment, but a race when several function JVMs
 * share this machine's {@code /tmp}. The RIC's own property
 * {@value #JNI_PROPERTY} makes it load a given file instead, which is what each function JVM is given.
 */
final class RuntimeInterfaceClient {

    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    static final String JNI_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    /** One class from each jar of the RIC's runtime closure (RIC, aws-lambda-java-core, serialization, utils-lite). */
    private static final List<String> MARKER_CLASSES = List.of(
            "com.amazonaws.services.lambda.runtime.Context",
            MAIN_CLASS,
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal",
            "software.amazon.awssdk.annotations.SdkProtectedApi");

    private RuntimeInterfaceClient() {
    }

    /** The jars of the RIC and its runtime dependencies, in a fixed order. */
    static List<Path> jars() {
        return Holder.JARS;
    }

    /** The RIC's JNI library for this machine, extracted to a private folder of this test JVM. */
    static Path jniLibrary() {
        return Holder.JNI;
    }

    private static final class Holder {
        static final List<Path> JARS = locateJars();
        static final Path JNI = extractJni();
    }

    private static List<Path> locateJars() {
        List<Path> jars = new ArrayList<>();
        for (String name : MARKER_CLASSES) {
            try {
                Class<?> marker = Class.forName(name, false, RuntimeInterfaceClient.class.getClassLoader());
                Path jar = Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!jars.contains(jar)) {
                    jars.add(jar);
                }
            } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("the runtime interface client's " + name
                        + " is not on the test class path", e);
            }
        }
        return List.copyOf(jars);
    }

    private static Path extractJni() {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> throw new IllegalStateException("the RIC has no JNI library for "
                    + System.getProperty("os.arch"));
        };
        String muslLoader = "/lib/ld-musl-" + (arch.equals("x86_64") ? "x86_64" : "aarch64") + ".so.1";
        boolean musl = Files.exists(Path.of(muslLoader));
        String resource = "/jni/libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + arch + ".so";
        try (InputStream in = loadClass(MAIN_CLASS).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the RIC jar has no " + resource);
            }
            Path folder = Files.createTempDirectory("paycrypto-ric-jni-");
            Path library = folder.resolve("libaws-lambda-jni.so");
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            // deleted in the reverse order of registration: the file, then its folder
            folder.toFile().deleteOnExit();
            library.toFile().deleteOnExit();
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract the RIC's JNI library", e);
        }
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, RuntimeInterfaceClient.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not on the test class path", e);
        }
    }
}
