package dev.paycrypto.deployed.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How a function's layers reach its JVM. The RIC builds the customer class loader from {@code user.dir} (the task
 * root), {@code <task root>/lib/*.jar} and {@code /opt/java/lib/*.jar} — that last path is a constant in
 * {@code AWSLambda}, not configurable — each folder's jars sorted by name, with the system class loader (the
 * runtime's own jars) as parent.
 */
public enum LayerPlacement {

    /**
     * Exactly Lambda's: the function's process runs in its own user and mount namespaces ({@code unshare}) where the
     * layer folder is bind-mounted on {@code /opt} (so the RIC finds {@code /opt/java/lib} itself) and {@code /opt}
     * and the task root are read-only. Nothing changes outside that process.
     */
    MOUNT_NAMESPACE,

    /**
     * The fallback where namespaces are refused (some CI kernels): the layer's jars, sorted by name, follow the
     * runtime's jars on the system class path. Unlike Lambda, layer classes are then loaded by the system class
     * loader, so a layer class or resource wins over one of the same name in the task root (Lambda: the task root
     * wins), and layer code cannot see task-root classes through its own class loader (only through the thread's
     * context class loader). {@code /opt} and the task root are writable.
     */
    CLASS_PATH,

    /** {@link #MOUNT_NAMESPACE} if this machine allows it, else {@link #CLASS_PATH}. */
    AUTO;

    /**
     * Mounts the layer folder ($0) on /opt and the task root ($1) on itself, both read-only, then runs the rest in the
     * task root (entered again after the mount: a working directory entered before it would still be the writable
     * folder underneath; the shell's PWD and OLDPWD are not passed on).
     */
    static final String MOUNT_SCRIPT = "mount --bind -- \"$0\" /opt && mount --bind -- \"$1\" \"$1\""
            + " && mount -o remount,ro,bind /opt && mount -o remount,ro,bind -- \"$1\""
            + " && cd -- \"$1\" && unset PWD OLDPWD && shift && exec \"$@\"";

    /** {@link #AUTO} resolved for this machine (probed once per test JVM). */
    LayerPlacement resolve() {
        if (this != AUTO) {
            return this;
        }
        return Probe.NAMESPACES_WORK ? MOUNT_NAMESPACE : CLASS_PATH;
    }

    /** The command that runs {@code command} with {@code optRoot} mounted on /opt, in the task root. */
    static List<String> inMountNamespace(Path optRoot, Path taskRoot, List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of(unshare(), "--user", "--map-root-user", "--mount",
                "--propagation", "private", "--", "/bin/sh", "-c", MOUNT_SCRIPT,
                optRoot.toAbsolutePath().toString(), taskRoot.toAbsolutePath().toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String unshare() {
        return Probe.UNSHARE.orElseThrow(() -> new IllegalStateException("unshare(1) is not on the PATH"));
    }

    private static final class Probe {
        static final Optional<String> UNSHARE = findOnPath("unshare");
        static final boolean NAMESPACES_WORK = UNSHARE.isPresent() && probe();

        private static Optional<String> findOnPath(String program) {
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            for (String folder : path.split(":")) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, program);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath().toString());
                }
            }
            return Optional.empty();
        }

        /** Runs the mount script on scratch folders and checks the layer is seen at /opt/java/lib, read-only. */
        private static boolean probe() {
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory("paycrypto-mount-probe-");
                Path opt = Files.createDirectories(scratch.resolve("opt/java/lib"));
                Files.writeString(opt.resolve("probe"), "layer");
                Path task = Files.createDirectories(scratch.resolve("task"));
                Process process = new ProcessBuilder(inMountNamespace(scratch.resolve("opt"), task,
                        List.of("/bin/sh", "-c", "test -f /opt/java/lib/probe && ! (: > /opt/java/lib/w) 2>/dev/null"
                                + " && ! (: > ./w) 2>/dev/null")))
                        .directory(task.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return false;
                }
                return process.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                deleteTree(scratch);
            }
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder left behind is not worth failing a test for
        }
    }
}
