package dev.paycrypto.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on the loopback interface that stands in for the deployed stack: it records each request as
 * it arrived on the wire and answers with the canned response the test queued.
 */
final class CapturingServer implements AutoCloseable {

    /** A request as received: raw (still percent-encoded) path and query, headers by lower-case name. */
    record Captured(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Reply(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Captured> captured = new LinkedBlockingQueue<>();
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();

    CapturingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The server's base URI with {@code path} appended, e.g. {@code http://127.0.0.1:PORT/Prod}. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void reply(String contentType, String body) {
        replies.add(new Reply(200, contentType, body));
    }

    /** The next request received; fails the test if none arrived. */
    Captured take() throws InterruptedException {
        Captured request = captured.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("The client sent no request to the server");
        }
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach(
                    (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            URI uri = exchange.getRequestURI();
            captured.add(new Captured(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers,
                    exchange.getRequestBody().readAllBytes()));
            Reply reply = replies.poll();
            if (reply == null) {
                reply = new Reply(500, "application/json", "{\"message\":\"no reply queued\"}");
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", "capturing-server");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
