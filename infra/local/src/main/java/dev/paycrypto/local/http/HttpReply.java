package dev.paycrypto.local.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response to write back: status, headers and body ({@code Content-Length} is the front's to set). */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

    public HttpReply {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpReply json(int status, String body) {
        return new HttpReply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }
}
