package dev.paycrypto.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes a Signature Version 4 signature from a request as it was received, written from the SigV4
 * specification (AWS IAM User Guide, "Create a signed AWS API request") independently of the SDK that signed it.
 * Only what these clients send is covered: single-valued headers, no chunked payload; paths are encoded a second
 * time for the canonical URI, as for every service but S3.
 */
final class SigV4Check {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
                    + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    /** The parts of an Authorization header. */
    record Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
            String signature) {

        String credentialScope() {
            return date + "/" + region + "/" + service + "/aws4_request";
        }

        static Authorization parse(String header) {
            Matcher m = AUTHORIZATION.matcher(header == null ? "" : header);
            if (!m.matches()) {
                throw new AssertionError("Not a SigV4 Authorization header: " + header);
            }
            return new Authorization(m.group(1), m.group(2), m.group(3), m.group(4), List.of(m.group(5).split(";")),
                    m.group(6));
        }
    }

    private SigV4Check() {
    }

    /**
     * The signature of a received request over the headers its Authorization names, for the given service and
     * region, dated by its own {@code X-Amz-Date}.
     */
    static String signature(String secretKey, String service, String region, String method, String rawPath,
            String rawQuery, Map<String, List<String>> headers, byte[] body) {
        Authorization authorization = Authorization.parse(single(headers, "authorization"));
        String amzDate = single(headers, "x-amz-date");
        StringBuilder canonical = new StringBuilder()
                .append(method).append('\n')
                .append(encode(rawPath, false)).append('\n')
                .append(canonicalQuery(rawQuery)).append('\n');
        for (String name : authorization.signedHeaders()) {
            canonical.append(name).append(':').append(single(headers, name).trim().replaceAll(" +", " ")).append('\n');
        }
        canonical.append('\n').append(String.join(";", authorization.signedHeaders())).append('\n')
                .append(hex(sha256(body)));
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), amzDate.substring(0, 8));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private static String single(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null || values.size() != 1) {
            throw new AssertionError("Expected one " + name + " header, got " + values);
        }
        return values.get(0);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>(List.of(rawQuery.split("&")));
        pairs.replaceAll(pair -> pair.contains("=") ? pair : pair + "=");
        pairs.sort(null);
        return String.join("&", pairs);
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters (and '/', for paths). */
    static String encode(String value, boolean encodeSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0
                    || c == '/' && !encodeSlash) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
