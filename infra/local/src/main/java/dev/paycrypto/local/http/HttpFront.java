package dev.paycrypto.local.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local service's HTTP/1.1 front, on Netty: it reads whole requests within bounds and hands each to a
 * {@link Handler} on a bounded pool of request threads, so that no client can hold the service:
 * <ul>
 *   <li>at most {@code maxConnections} connections; more are closed as they arrive;</li>
 *   <li>a request's headers must arrive within {@code headerTimeout} of its first byte, and its body within
 *       {@code bodyTimeout} of its headers (a client sending one byte a second is cut off, 408), and a kept-alive
 *       connection idle for {@code idleTimeout} is closed;</li>
 *   <li>headers over {@code maxHeaderBytes} (431) and bodies over {@code maxBodyBytes} (413, refused from the
 *       {@code Content-Length} before the body is read) never reach the handler;</li>
 *   <li>at most {@code maxQueuedRequests} requests wait for a request thread; more are refused (503).</li>
 * </ul>
 * Responses are written with TCP_NODELAY, so a reply never waits for the client's delayed ACK. Requests on one
 * connection are answered in order: the connection reads its next request only once it has answered the last.
 */
public final class HttpFront implements AutoCloseable {

    /** How much the front takes from any one client, and from all of them together. */
    public record Limits(int maxBodyBytes, int maxHeaderBytes, Duration headerTimeout, Duration bodyTimeout,
                         Duration idleTimeout, int maxConnections, int requestThreads, int maxQueuedRequests) {

        public Limits {
            if (maxBodyBytes < 1 || maxHeaderBytes < 1024 || maxConnections < 1 || requestThreads < 1
                    || maxQueuedRequests < 1) {
                throw new IllegalArgumentException("Limits must be positive (headers at least 1 KiB)");
            }
            for (Duration timeout : List.of(headerTimeout, bodyTimeout, idleTimeout)) {
                if (timeout.isNegative() || timeout.isZero()) {
                    throw new IllegalArgumentException("Timeouts must be positive");
                }
            }
        }

        public static Limits defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Limits(1 << 20, 16 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30),
                    Duration.ofSeconds(60), 256, Math.max(4, 2 * cores), 1024);
        }
    }

    /**
     * What the front refused on its own, before any handler saw the request, or, last, a handler that failed
     * instead of answering.
     */
    public enum Refusal {
        BODY_TOO_LARGE(413),
        HEADERS_TOO_LARGE(431),
        MALFORMED(400),
        TIMED_OUT(408),
        OVERLOADED(503),
        HANDLER_FAILED(500);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Answers requests; called on a request thread, never on an I/O thread. */
    public interface Handler {

        HttpReply handle(HttpRequest request);

        /** The reply the front writes for a request it refused (the connection is closed after it). */
        HttpReply refuse(Refusal refusal, Limits limits);
    }

    /** Marks a connection closed by the cap, which was never counted. */
    private static final AttributeKey<Boolean> UNCOUNTED = AttributeKey.valueOf("paycrypto.uncounted");

    private final Limits limits;
    private final Handler handler;
    private final EventLoopGroup acceptor;
    private final EventLoopGroup ioLoops;
    private final ThreadPoolExecutor requests;
    private final AtomicInteger connections = new AtomicInteger();
    private final Channel server;

    private HttpFront(String host, int port, Limits limits, Handler handler) throws InterruptedException {
        this.limits = limits;
        this.handler = handler;
        this.acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("paycrypto-accept", false));
        this.ioLoops = new NioEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("paycrypto-io", false));
        this.requests = new ThreadPoolExecutor(limits.requestThreads(), limits.requestThreads(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(limits.maxQueuedRequests()),
                new DefaultThreadFactory("paycrypto-request", true), new ThreadPoolExecutor.AbortPolicy());
        ConnectionCap cap = new ConnectionCap();
        this.server = new ServerBootstrap()
                .group(acceptor, ioLoops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        Deadlines deadlines = new Deadlines();
                        channel.pipeline().addLast(cap, deadlines.bytesArriving(),
                                new HttpServerCodec(8192, limits.maxHeaderBytes(), 64 * 1024),
                                deadlines.headersArrived(), new BoundedAggregator(limits.maxBodyBytes()),
                                new HttpDispatcher(handler, limits, requests, deadlines::answered));
                    }
                })
                .bind(host, port).sync().channel();
    }

    public static HttpFront start(String host, int port, Limits limits, Handler handler) throws InterruptedException {
        return new HttpFront(host, port, limits, handler);
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Connections open now. */
    public int openConnections() {
        return connections.get();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        acceptor.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        ioLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        requests.shutdown();
        try {
            if (!requests.awaitTermination(5, TimeUnit.SECONDS)) {
                requests.shutdownNow();
            }
            acceptor.terminationFuture().await(2, TimeUnit.SECONDS);
            ioLoops.terminationFuture().await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes connections beyond the cap as they arrive. */
    @ChannelHandler.Sharable
    private final class ConnectionCap extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            if (connections.incrementAndGet() > limits.maxConnections()) {
                connections.decrementAndGet();
                ctx.channel().attr(UNCOUNTED).set(true);
                ctx.close();
                return;
            }
            super.channelActive(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (ctx.channel().attr(UNCOUNTED).get() == null) {
                connections.decrementAndGet();
            }
            super.channelInactive(ctx);
        }
    }

    /**
     * The read deadlines of one connection, all on its I/O thread: idle between requests, then the headers from the
     * request's first byte, then the body from the end of the headers; none while the request is being answered.
     */
    private final class Deadlines {
        private enum Phase { IDLE, HEADERS, BODY, ANSWERING }

        private Phase phase = Phase.IDLE;
        private ScheduledFuture<?> timer;
        private ChannelHandlerContext context;

        ChannelInboundHandlerAdapter bytesArriving() {
            return new ChannelInboundHandlerAdapter() {
                @Override
                public void channelActive(ChannelHandlerContext ctx) throws Exception {
                    context = ctx;
                    arm(limits.idleTimeout());
                    super.channelActive(ctx);
                }

                @Override
                public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
                    if (phase == Phase.IDLE && message instanceof ByteBuf bytes && bytes.isReadable()) {
                        phase = Phase.HEADERS;
                        arm(limits.headerTimeout());
                    }
                    super.channelRead(ctx, message);
                }

                @Override
                public void channelInactive(ChannelHandlerContext ctx) throws Exception {
                    disarm();
                    super.channelInactive(ctx);
                }
            };
        }

        ChannelInboundHandlerAdapter headersArrived() {
            return new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
                    if (message instanceof io.netty.handler.codec.http.HttpRequest && phase == Phase.HEADERS) {
                        phase = Phase.BODY;
                        arm(limits.bodyTimeout());
                    }
                    if (message instanceof LastHttpContent && phase == Phase.BODY) {
                        phase = Phase.ANSWERING;
                        disarm();
                    }
                    super.channelRead(ctx, message);
                }
            };
        }

        /** The answer is written: the connection waits for its next request. */
        void answered() {
            phase = Phase.IDLE;
            arm(limits.idleTimeout());
        }

        private void arm(Duration timeout) {
            disarm();
            Phase armedIn = phase;
            timer = context.executor().schedule(() -> expire(armedIn), timeout.toNanos(), TimeUnit.NANOSECONDS);
        }

        private void disarm() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        private void expire(Phase armedIn) {
            if (phase != armedIn || !context.channel().isActive()) {
                return;
            }
            if (phase == Phase.IDLE) {
                context.close();
            } else {
                phase = Phase.ANSWERING;
                HttpWire.writeAndClose(context, handler.refuse(Refusal.TIMED_OUT, limits));
            }
        }
    }

    /** Aggregates a request's body up to the limit; a larger one is refused from its Content-Length, unread. */
    private final class BoundedAggregator extends HttpObjectAggregator {
        BoundedAggregator(int maxBodyBytes) {
            super(maxBodyBytes);
        }

        @Override
        protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
            HttpWire.writeAndClose(ctx, handler.refuse(Refusal.BODY_TOO_LARGE, limits));
        }
    }
}
