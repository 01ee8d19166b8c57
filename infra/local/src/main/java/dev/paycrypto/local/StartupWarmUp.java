package dev.paycrypto.local;

import dev.paycrypto.service.protocol.ServiceModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * A start spends most of its time loading and initialising classes, one after another: logging, the embedded
 * database's native library, the HTTP front, the service models. These are independent of each other, so each is
 * set going on a thread of its own as the start begins, and the main thread, reading the template meanwhile, finds
 * them ready when it needs them (a class being initialised elsewhere is simply waited for). Nothing here has an
 * effect beyond loading: it is safe whether or not a warmer finishes first.
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    static void begin() {
        // logging first, on this thread: loggers asked for from several threads while it initialises are dropped
        LoggerFactory.getILoggerFactory();
        List<Runnable> warmers = List.of(
                StartupWarmUp::embeddedDatabase,
                StartupWarmUp::httpFront,
                () -> {
                    ServiceModel.controlPlane();
                    ServiceModel.dataPlane();
                });
        for (Runnable warmer : warmers) {
            Thread thread = new Thread(() -> {
                try {
                    warmer.run();
                } catch (RuntimeException | LinkageError e) {
                    // the start proper will meet the same failure and report it
                }
            }, "paycrypto-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void embeddedDatabase() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            connection.createStatement().execute("PRAGMA journal_mode=WAL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void httpFront() {
        for (String name : List.of("io.netty.channel.nio.NioEventLoopGroup", "io.netty.bootstrap.ServerBootstrap",
                "io.netty.channel.socket.nio.NioServerSocketChannel", "io.netty.handler.codec.http.HttpServerCodec",
                "io.netty.handler.codec.http.HttpObjectAggregator", "io.netty.buffer.PooledByteBufAllocator",
                "io.netty.handler.codec.http.DefaultFullHttpResponse")) {
            try {
                Class.forName(name, true, StartupWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
