package dev.paycrypto.service.protocol;

import java.util.Map;

/** An HTTP response as the protocol layer writes it. */
public record WireResponse(int status, Map<String, String> headers, String body) {

    public WireResponse {
        headers = Map.copyOf(headers);
    }
}
