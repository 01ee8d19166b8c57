package dev.paycrypto.local.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The HTTP/1.1 side of an exchange: a Netty request as an {@link HttpRequest}, a reply as a response, a refusal. */
final class HttpWire {

    /** Marks a connection that is being ended after a refusal: whatever it still sends is dropped. */
    static final AttributeKey<Boolean> CLOSING = AttributeKey.valueOf("paycrypto.closing");
    /** How long a refused connection is drained before it is closed. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    private HttpWire() {
    }

    static HttpRequest copy(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach(header ->
                headers.computeIfAbsent(header.getKey(), k -> new ArrayList<>()).add(header.getValue()));
        String remote = ctx.channel().remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : "127.0.0.1";
        return new HttpRequest(request.method().name(), question < 0 ? uri : uri.substring(0, question),
                question < 0 ? null : uri.substring(question + 1), headers, ByteBufUtil.getBytes(request.content()),
                remote, request.protocolVersion().text(), keepAlive);
    }

    static FullHttpResponse response(HttpReply reply) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
        reply.headers().forEach((name, value) -> response.headers().set(name, value));
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
        return response;
    }

    /**
     * Writes a refusal through the whole pipeline (so the HTTP encoder sees it, whichever handler asks) and ends the
     * connection without losing the answer: a client may still be sending the body the refusal is about, and
     * closing a socket with unread input resets it, so the client would see a reset instead of the answer. So the
     * output is shut after the answer, what still arrives is read and dropped, and the connection is closed when
     * the client closes its side or after {@link #LINGER}, whichever comes first.
     */
    static void writeAndClose(ChannelHandlerContext ctx, HttpReply reply) {
        Channel channel = ctx.channel();
        if (channel.hasAttr(CLOSING)) {
            return;
        }
        channel.attr(CLOSING).set(true);
        FullHttpResponse response = response(reply);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        channel.writeAndFlush(response).addListener((ChannelFutureListener) written -> {
            if (!written.isSuccess() || !(channel instanceof SocketChannel socket)) {
                channel.close();
                return;
            }
            socket.shutdownOutput();
            channel.config().setAutoRead(true);
            channel.eventLoop().schedule(() -> channel.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }
}
