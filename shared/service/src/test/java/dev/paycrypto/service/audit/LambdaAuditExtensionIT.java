package dev.paycrypto.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit extension against an Extensions API that plays Lambda's part: it registers under its name, and after an
 * INVOKE it asks for the next event — which is when Lambda may freeze the environment — only once the handler has
 * ended and its record has left for the bus.
 */
class LambdaAuditExtensionIT {

    private HttpServer api;
    private final List<String> registeredNames = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final Semaphore nextAsked = new Semaphore(0);

    @BeforeEach
    void startExtensionsApi() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.setExecutor(Executors.newCachedThreadPool());
        api.createContext("/2020-01-01/extension/register", exchange -> {
            registeredNames.add(exchange.getRequestHeaders().getFirst("Lambda-Extension-Name"));
            exchange.getResponseHeaders().set("Lambda-Extension-Identifier", "ext-1");
            reply(exchange, "{}");
        });
        api.createContext("/2020-01-01/extension/event/next", exchange -> {
            if (!"ext-1".equals(exchange.getRequestHeaders().getFirst("Lambda-Extension-Identifier"))) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            nextAsked.release();
            try {
                reply(exchange, events.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        api.start();
    }

    @AfterEach
    void stop() {
        api.stop(0);
    }

    @Test
    void anInvocationIsHeldOpenUntilItsRecordHasLeft() throws Exception {
        CountDownLatch busFree = new CountDownLatch(1);
        List<String> published = new CopyOnWriteArrayList<>();
        BackgroundAudit audit = new BackgroundAudit(event -> {
            await(busFree);
            published.add(event.id());
        }, () -> { });
        LambdaAuditExtension extension = LambdaAuditExtension.start("127.0.0.1:" + api.getAddress().getPort(), audit);
        assertThat(registeredNames).containsExactly(LambdaAuditExtension.NAME);
        // the first next ends the extension's initialisation
        assertThat(nextAsked.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

        events.add("{\"eventType\":\"INVOKE\",\"requestId\":\"r1\",\"deadlineMs\":"
                + (System.currentTimeMillis() + 20_000) + "}");
        audit.send(record("r1-record"));
        extension.handlerEnded();
        // the handler has ended but its record is still with the bus: the extension must not ask for more yet
        assertThat(nextAsked.tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(published).isEmpty();
        busFree.countDown();
        assertThat(nextAsked.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(published).containsExactly("r1-record");
    }

    @Test
    void anInvocationWithoutARecordIsReleasedWhenItsHandlerEnds() throws Exception {
        BackgroundAudit audit = new BackgroundAudit(event -> { }, () -> { });
        LambdaAuditExtension extension = LambdaAuditExtension.start("127.0.0.1:" + api.getAddress().getPort(), audit);
        assertThat(nextAsked.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        events.add("{\"eventType\":\"INVOKE\",\"requestId\":\"r2\",\"deadlineMs\":"
                + (System.currentTimeMillis() + 20_000) + "}");
        assertThat(nextAsked.tryAcquire(300, TimeUnit.MILLISECONDS)).as("held while the handler runs").isFalse();
        extension.handlerEnded();
        assertThat(nextAsked.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Event record(String id) {
        return new Event(id, DetailType.API_CALL, Instant.parse("2026-12-04T12:00:00Z"), "us-east-1", "111122223333",
                List.of(), JsonNodeFactory.instance.objectNode().put("eventName", "GetKey"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
