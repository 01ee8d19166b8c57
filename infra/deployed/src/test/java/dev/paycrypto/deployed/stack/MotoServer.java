package dev.paycrypto.deployed.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * moto_server (installed by {@code .ci/run} where missing) on a free local port: the deployed stack's KMS,
 * EventBridge, EventBridge Scheduler and the SQS queues of the bus relay. A missing moto_server fails the suite.
 */
final class MotoServer implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts one whose resources (and the account of the events its EventBridge delivers) are {@code account}'s. */
    static MotoServer start(Path log, String account) throws IOException, InterruptedException {
        Path binary = onPath("moto_server");
        if (binary == null) {
            throw new IllegalStateException("moto_server is not installed (pip install 'moto[server]'; .ci/run does)");
        }
        int port = freePort();
        ProcessBuilder moto = new ProcessBuilder(binary.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        moto.environment().put("MOTO_ACCOUNT_ID", account);
        Process process = moto.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    process.destroyForcibly();
                    throw new IllegalStateException("moto_server did not start; see " + log);
                }
                Thread.sleep(100);
            }
        }
        return new MotoServer(process, URI.create("http://127.0.0.1:" + port));
    }

    URI endpoint() {
        return endpoint;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
