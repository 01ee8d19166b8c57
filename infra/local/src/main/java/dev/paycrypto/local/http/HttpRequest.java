package dev.paycrypto.local.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One complete request as it arrived: the raw path and query (not decoded, as SigV4 signs them), the headers with
 * their names looked up case-insensitively (in arrival order within a name), and the body, whose size the front has
 * already bounded; {@code keepAlive} when the connection stays open after the answer.
 */
public record HttpRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                          byte[] body, String remoteAddress, String protocol,
                          boolean keepAlive) {

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values), (a, b) -> {
            List<String> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }));
        headers = Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
