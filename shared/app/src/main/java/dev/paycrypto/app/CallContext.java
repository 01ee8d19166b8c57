package dev.paycrypto.app;

import dev.paycrypto.api.ApiOperation;

import java.time.Instant;

/**
 * What a use case knows of the call beyond its request: whose it is (account and principal), where (Region), when
 * (one instant, read once, so that one call sees one time), which operation it is and what the request says that
 * a resource policy's conditions may test ({@link RequestFacts}). Calls the service makes itself (workers) name no
 * operation: they act in their own account only.
 */
public record CallContext(String account, String region, Instant now, String principal, ApiOperation<?, ?> operation,
                          RequestFacts request) {

    public CallContext {
        request = request == null ? RequestFacts.NONE : request;
    }

    /** A call of the service itself, naming no operation. */
    public CallContext(String account, String region, Instant now, String principal) {
        this(account, region, now, principal, null, RequestFacts.NONE);
    }
}
