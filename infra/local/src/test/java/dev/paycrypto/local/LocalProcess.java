package dev.paycrypto.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local service as a user runs it: its own JVM ({@code Main}, on this test's class path), a data directory on
 * disk, a free port. It can be stopped as a user stops it (SIGTERM) or killed as a crash does (SIGKILL).
 */
final class LocalProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();

    private LocalProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), stdout, true);
        pump(process.getErrorStream(), stderr, false);
    }

    /** Starts the service on {@code dataDirectory}; returns once it has said where it listens, or has exited. */
    static LocalProcess start(Path dataDirectory, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDirectory.toString(), "--port", "0", "--template", LocalService.TEMPLATE.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        LocalProcess started = new LocalProcess(builder.start());
        started.process.onExit().thenRun(() -> started.endpoint.complete(null));
        try {
            started.endpoint.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            started.kill();
            throw new IllegalStateException("The service did not start: " + started.stderr, e);
        }
        return started;
    }

    /** Where it listens, or null if it exited instead. */
    URI endpoint() {
        return endpoint.getNow(null);
    }

    boolean isRunning() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
            throw new IllegalStateException("The service did not exit");
        }
        return process.exitValue();
    }

    List<String> stderr() throws InterruptedException {
        // the pumps finish shortly after the process ends
        for (int i = 0; i < 50 && process.isAlive(); i++) {
            Thread.sleep(20);
        }
        Thread.sleep(100);
        return List.copyOf(stderr);
    }

    List<String> stdout() {
        return List.copyOf(stdout);
    }

    /** SIGTERM, as Ctrl-C or a container stop does; waits for the shutdown to finish. */
    void stop() throws InterruptedException {
        // through the handle: Process.destroy would also close the pipes, losing what the shutdown prints
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** SIGKILL: no shutdown hook runs, as in a crash or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private void pump(java.io.InputStream stream, List<String> lines, boolean watchForEndpoint) {
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                    Matcher listening = LISTENING.matcher(line);
                    if (watchForEndpoint && listening.find()) {
                        endpoint.complete(URI.create(listening.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "local-process-pump");
        pump.setDaemon(true);
        pump.start();
    }
}
