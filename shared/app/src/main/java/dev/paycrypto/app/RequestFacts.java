package dev.paycrypto.app;

import java.util.List;
import java.util.Map;

/**
 * What a call carries that resource-policy conditions may test, besides who calls: the caller's source IP
 * ({@code aws:SourceIp}), the tags of the request ({@code aws:RequestTag/<key>}) and the tag keys it names
 * ({@code aws:TagKeys}: those of its tags and of its {@code TagKeys}). Nothing secret.
 */
public record RequestFacts(String sourceIp, Map<String, String> requestTags, List<String> tagKeys) {

    public static final RequestFacts NONE = new RequestFacts(null, Map.of(), List.of());

    public RequestFacts {
        requestTags = requestTags == null ? Map.of() : Map.copyOf(requestTags);
        tagKeys = tagKeys == null ? List.of() : List.copyOf(tagKeys);
    }
}
