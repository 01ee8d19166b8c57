package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.local.http.HttpFront;
import dev.paycrypto.app.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;

/**
 * Clients that hold the service: eight connections sending a byte a second stopped it answering anyone, a
 * Content-Length larger than the body held a thread, a body over 1 MiB got a connection reset. The front now cuts
 * slow requests off at its header and body timeouts (408), refuses large bodies from their Content-Length (413,
 * an AWS error), caps its connections — and normal calls keep being answered meanwhile. Every test is bounded.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AttackSlowClientsE2ETest {

    private static final HttpFront.Limits LIMITS = new HttpFront.Limits(64 * 1024, 16 * 1024, Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(2), 24, 4, 64);

    static LocalService service;
    static PaymentCryptographyClient control;

    @BeforeAll
    static void start() {
        service = new LocalService(options -> options.withLimits(LIMITS, 100));
        control = service.control(Region.US_EAST_1);
        control.listKeys(r -> { });
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void clientsSendingAByteASecondAreCutOffWhileOthersAreAnswered() throws Exception {
        ExecutorService dribblers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> slow = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                slow.add(dribblers.submit(() -> dribble("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: "
                        + "PaymentCryptographyControlPlane.ListKeys\r\nContent-Length: 2\r\n\r\n{}")));
            }
            Thread.sleep(300);
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                assertThat(control.listKeys(r -> { }).sdkHttpResponse().statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a normal call while 8 clients dribble")
                        .isLessThan(Duration.ofSeconds(1));
            }
            for (Future<String> answer : slow) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).startsWith("HTTP/1.1 408").contains("RequestTimeoutException");
            }
        } finally {
            dribblers.shutdownNow();
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsCutOff() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "POST /cardvalidationdata/generate HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"a\":");
            assertThat(readAll(socket)).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void aLargeContentLengthIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "POST /cardvalidationdata/generate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 10485760\r\n\r\n");
            String answer = readAll(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("RequestEntityTooLargeException")
                    .contains(String.valueOf(LIMITS.maxBodyBytes()));
        }
    }

    @Test
    void anOversizedBodyGetsAnAwsStyleErrorNotAReset() throws Exception {
        HttpResponse<String> response = RawRequests.send(service.endpoint(), "/cardvalidationdata/generate",
                Map.of("Content-Type", "application/json"), "{\"PrimaryAccountNumber\":\"" + "1".repeat(200_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("RequestEntityTooLargeException");
        assertThat(JsonCodec.parse(response.body()).path("__type").asText()).isEqualTo("RequestEntityTooLargeException");
    }

    @Test
    void headersLargerThanTheLimitAreRefused() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /_paycrypto/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n");
            assertThat(readAll(socket)).startsWith("HTTP/1.1 431");
        }
    }

    @Test
    void connectionsBeyondTheCapAreClosedAndTheServiceRecovers() throws Exception {
        // a service of its own whose timeouts outlast the test: held connections must stay open however slowly a
        // loaded machine opens them (with this class's 2 s idle timeout they were reaped before all were counted)
        Duration patient = Duration.ofSeconds(60);
        try (LocalService capped = new LocalService(options -> options.withLimits(new HttpFront.Limits(64 * 1024,
                16 * 1024, patient, patient, patient, LIMITS.maxConnections(), 4, 64), 100))) {
            PaymentCryptographyClient client = capped.control(Region.US_EAST_1);
            List<Socket> held = new ArrayList<>();
            try {
                while (held.size() < LIMITS.maxConnections()) {
                    held.add(connect(capped));
                }
                awaitOpenConnections(capped, LIMITS.maxConnections());
                try (Socket extra = connect(capped)) {
                    extra.setSoTimeout(5_000);
                    assertThat(extra.getInputStream().read()).as("the connection over the cap is closed").isEqualTo(-1);
                }
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
            awaitOpenConnections(capped, 0);
            assertThat(client.listKeys(r -> { }).sdkHttpResponse().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = connect()) {
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
    }

    /** Sends one byte every 200 ms until the service answers or closes; returns what it answered. */
    private static String dribble(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(200);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < bytes.length; i++) {
                try {
                    out.write(bytes[i]);
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                try {
                    int read = in.read();
                    if (read < 0) {
                        break;
                    }
                    answer.write(read);
                    answer.write(in.readNBytes(in.available()));
                    break;
                } catch (SocketTimeoutException stillOpen) {
                    // the service is still waiting for the rest
                }
            }
            socket.setSoTimeout(5_000);
            try {
                answer.write(in.readAllBytes());
            } catch (IOException reset) {
                // closed by the service after its answer
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }

    private static Socket connect() throws IOException {
        return connect(service);
    }

    private static Socket connect(LocalService to) throws IOException {
        Socket socket = new Socket(to.endpoint().getHost(), to.endpoint().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static String readAll(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }

    private static void awaitOpenConnections(LocalService of, int expected) throws InterruptedException {
        for (int i = 0; i < 100 && of.runtime().openConnections() != expected; i++) {
            Thread.sleep(50);
        }
        assertThat(of.runtime().openConnections()).isEqualTo(expected);
    }
}
