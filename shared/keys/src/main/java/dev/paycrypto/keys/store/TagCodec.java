package dev.paycrypto.keys.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tags as one text attribute, keeping their order: {@code base64(key):base64(value)} pairs joined by commas. */
public final class TagCodec {

    private TagCodec() {
    }

    public static String encode(Map<String, String> tags) {
        StringBuilder out = new StringBuilder();
        tags.forEach((key, value) -> {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(b64(key)).append(':').append(b64(value));
        });
        return out.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return tags;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf(':');
            tags.put(unb64(pair.substring(0, eq)), unb64(pair.substring(eq + 1)));
        }
        return tags;
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String value) {
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
