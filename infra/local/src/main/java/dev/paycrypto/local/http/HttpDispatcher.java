package dev.paycrypto.local.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpUtil;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands each whole request to a request thread and writes its answer back. One request per connection is
 * answered at a time; a client that pipelines gets its answers in order (up to {@link #MAX_PIPELINED} waiting).
 */
final class HttpDispatcher extends SimpleChannelInboundHandler<FullHttpRequest> {

    /** Requests one connection may send ahead of their answers (HTTP pipelining). */
    private static final int MAX_PIPELINED = 16;

    private final HttpFront.Handler handler;
    private final HttpFront.Limits limits;
    private final Executor requests;
    private final Runnable answered;
    private final ArrayDeque<HttpRequest> waiting = new ArrayDeque<>();
    private boolean answering;

    HttpDispatcher(HttpFront.Handler handler, HttpFront.Limits limits, Executor requests, Runnable answered) {
        this.handler = handler;
        this.limits = limits;
        this.requests = requests;
        this.answered = answered;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (ctx.channel().hasAttr(HttpWire.CLOSING)) {
            return;
        }
        if (request.decoderResult().isFailure()) {
            boolean tooLong = request.decoderResult().cause() instanceof TooLongFrameException;
            HttpWire.writeAndClose(ctx, handler.refuse(tooLong ? HttpFront.Refusal.HEADERS_TOO_LARGE
                    : HttpFront.Refusal.MALFORMED, limits));
            return;
        }
        ctx.channel().config().setAutoRead(false);
        HttpRequest copy = HttpWire.copy(ctx, request, HttpUtil.isKeepAlive(request));
        if (answering) {
            if (waiting.size() >= MAX_PIPELINED) {
                HttpWire.writeAndClose(ctx, handler.refuse(HttpFront.Refusal.OVERLOADED, limits));
                return;
            }
            waiting.add(copy);
            return;
        }
        dispatch(ctx, copy);
    }

    private void dispatch(ChannelHandlerContext ctx, HttpRequest request) {
        answering = true;
        try {
            requests.execute(() -> answer(ctx, request));
        } catch (RejectedExecutionException e) {
            HttpWire.writeAndClose(ctx, handler.refuse(HttpFront.Refusal.OVERLOADED, limits));
        }
    }

    /** On a request thread: the handler's answer, written back by the connection's I/O thread. */
    private void answer(ChannelHandlerContext ctx, HttpRequest request) {
        HttpReply reply;
        try {
            reply = handler.handle(request);
        } catch (RuntimeException e) {
            // the handler maps its own failures; this is the last line, and says nothing of the cause
            reply = handler.refuse(HttpFront.Refusal.HANDLER_FAILED, limits);
        }
        FullHttpResponse response = HttpWire.response(reply);
        if (!request.keepAlive()) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        ctx.writeAndFlush(response).addListener((ChannelFutureListener) written -> {
            if (!written.isSuccess()) {
                written.channel().close();
                return;
            }
            answering = false;
            HttpRequest next = waiting.poll();
            if (next != null) {
                dispatch(ctx, next);
                return;
            }
            answered.run();
            written.channel().config().setAutoRead(true);
            written.channel().read();
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a reset or broken connection: nothing to answer
        ctx.close();
    }
}
