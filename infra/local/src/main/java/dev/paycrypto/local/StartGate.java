package dev.paycrypto.local;

import dev.paycrypto.local.http.HttpFront;
import dev.paycrypto.local.http.HttpReply;
import dev.paycrypto.local.http.HttpRequest;
import dev.paycrypto.app.errors.ServiceUnavailableException;
import dev.paycrypto.app.events.UniqueIds;
import dev.paycrypto.service.protocol.Protocol;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The handler of a front that listens before the service behind it is ready: a start binds its port while the
 * Regions are being opened, and a request that arrives meanwhile waits here until the runtime takes over (at most
 * {@link #MAX_WAIT_SECONDS}; then it is answered {@code ServiceUnavailableException}, as it is if the start fails).
 */
final class StartGate implements HttpFront.Handler {

    static final int MAX_WAIT_SECONDS = 60;

    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile HttpFront.Handler runtime;

    void open(HttpFront.Handler target) {
        runtime = target;
        opened.countDown();
    }

    /** The start failed: whoever waits is answered 503. */
    void fail() {
        opened.countDown();
    }

    @Override
    public HttpReply handle(HttpRequest request) {
        try {
            opened.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        HttpFront.Handler target = runtime;
        if (target == null) {
            return LocalRuntime.withRequestId(LocalRuntime.error(new ServiceUnavailableException(
                    "The service is starting or could not start; retry the request"), Protocol.REST_JSON_1),
                    UniqueIds.uuid());
        }
        return target.handle(request);
    }

    @Override
    public HttpReply refuse(HttpFront.Refusal refusal, HttpFront.Limits limits) {
        return LocalRuntime.refusal(refusal, limits);
    }
}
