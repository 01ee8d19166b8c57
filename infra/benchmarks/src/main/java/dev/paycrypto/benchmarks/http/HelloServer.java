package dev.paycrypto.benchmarks.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The floor of {@code http.sh}: a hello-world on the JDK's own {@code HttpServer}, tuned as the fast-front issue
 * measured it (TCP_NODELAY, a thread pool), answering every request with a small JSON body.
 */
public final class HelloServer {

    private HelloServer() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.setExecutor(Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        byte[] body = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("hello-world listening on http://127.0.0.1:" + server.getAddress().getPort());
    }
}
