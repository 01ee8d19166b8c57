package dev.paycrypto.app;

import java.time.Instant;

/**
 * What a use case knows of the call beyond its request: whose it is (account and principal), where (Region) and
 * when (one instant, read once, so that one call sees one time).
 */
public record CallContext(String account, String region, Instant now, String principal) {
}
