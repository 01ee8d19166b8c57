package dev.paycrypto.local;

import dev.paycrypto.app.errors.IncompleteSignatureException;
import dev.paycrypto.app.errors.InvalidSignatureException;
import dev.paycrypto.app.errors.MissingAuthenticationTokenException;
import dev.paycrypto.app.errors.UnrecognizedClientException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 as the service endpoint does: it rebuilds the canonical request from what
 * arrived (the raw path URI-encoded once more, as the SDKs and botocore sign non-S3 services), derives the
 * signing key from the access key's secret and the credential scope, and compares in constant time. The region
 * of the request is the one in its credential scope. Signing keys are derived once per access key and scope (a
 * day, a Region, a service) and kept for the day: the scope's date changes daily, so the cache holds at most a few
 * days' scopes, and is cleared when it grows past a bound.
 */
public final class SigV4Verifier {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final int MAX_CACHED_KEYS = 1024;
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Who signed a request that verified. */
    public record Identity(String accessKeyId, String account, String region, String service) {
    }

    /** The parts of a request that the signature covers. */
    public record SignedRequest(String method, String rawPath, String rawQuery,
                                Map<String, List<String>> headers, byte[] body) {
    }

    private final Credentials credentials;
    private final Clock clock;
    /** Signing keys by access key and credential scope (date/region/service), derived once. */
    private final Map<String, byte[]> signingKeys = new ConcurrentHashMap<>();

    public SigV4Verifier(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    public Identity verify(SignedRequest request) {
        Map<String, String> headers = lowerCased(request.headers());
        String authorization = headers.get("authorization");
        if (authorization == null) {
            throw new MissingAuthenticationTokenException("Missing Authentication Token");
        }
        if (!authorization.startsWith(ALGORITHM + " ")) {
            throw new IncompleteSignatureException("Authorization header must use " + ALGORITHM);
        }
        Map<String, String> fields = new TreeMap<>();
        for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        String credential = fields.get("Credential");
        String signedHeaders = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw new IncompleteSignatureException("Authorization header requires Credential, SignedHeaders and Signature");
        }
        String[] scope = credential.split("/");
        if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
            throw new IncompleteSignatureException("Credential scope is malformed");
        }
        Credentials.Entry entry = credentials.find(scope[0]).orElseThrow(() -> new UnrecognizedClientException("The security token included in the request is invalid."));
        String amzDate = headers.get("x-amz-date");
        if (amzDate == null) {
            throw new IncompleteSignatureException("X-Amz-Date header is missing");
        }
        Instant signedAt = parseAmzDate(amzDate);
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new InvalidSignatureException("Signature expired: " + amzDate
                    + " is more than 15 minutes from the server time");
        }
        if (!amzDate.startsWith(scope[1])) {
            throw new InvalidSignatureException("Credential date does not match X-Amz-Date");
        }
        String canonical = canonicalRequest(request, headers, signedHeaders);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + String.join("/", scope[1], scope[2], scope[3],
                scope[4]) + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] key = signingKey(entry, scope);
        String expected = HexFormat.of().formatHex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidSignatureException("The request signature we calculated "
                    + "does not match the signature you provided. Check your AWS Secret Access Key and signing method.");
        }
        return new Identity(entry.accessKeyId(), entry.account(), scope[2], scope[3]);
    }

    /**
     * The {@code Authorization} header that signs {@code request} for {@code entry} in {@code region} and
     * {@code service} at {@code amzDate}, over the headers named in {@code signedHeaders} (lower case, ';'-joined,
     * sorted): the same computation {@link #verify} checks, for the runtime's own requests to itself.
     */
    String authorization(SignedRequest request, Credentials.Entry entry, String region, String service,
                         String amzDate, String signedHeaders) {
        String[] scope = {entry.accessKeyId(), amzDate.substring(0, 8), region, service, "aws4_request"};
        String canonical = canonicalRequest(request, lowerCased(request.headers()), signedHeaders);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + String.join("/", scope[1], scope[2], scope[3],
                scope[4]) + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        return ALGORITHM + " Credential=" + String.join("/", scope) + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + HexFormat.of().formatHex(hmac(signingKey(entry, scope), stringToSign));
    }

    /** {@code yyyyMMdd'T'HHmmss'Z'}, read by hand: a formatter's general parse costs more than the rest of a check. */
    static Instant parseAmzDate(String amzDate) {
        if (amzDate.length() != 16 || amzDate.charAt(8) != 'T' || amzDate.charAt(15) != 'Z') {
            throw new IncompleteSignatureException("X-Amz-Date is malformed");
        }
        try {
            return LocalDateTime.of(digits(amzDate, 0, 4), digits(amzDate, 4, 6), digits(amzDate, 6, 8),
                    digits(amzDate, 9, 11), digits(amzDate, 11, 13), digits(amzDate, 13, 15)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IncompleteSignatureException("X-Amz-Date is malformed");
        }
    }

    private static int digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new NumberFormatException();
            }
        }
        return Integer.parseInt(text, from, to, 10);
    }

    private byte[] signingKey(Credentials.Entry entry, String[] scope) {
        String cacheKey = entry.accessKeyId() + "/" + scope[1] + "/" + scope[2] + "/" + scope[3];
        byte[] cached = signingKeys.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        byte[] key = hmac(("AWS4" + entry.secretAccessKey()).getBytes(StandardCharsets.UTF_8), scope[1]);
        key = hmac(key, scope[2]);
        key = hmac(key, scope[3]);
        key = hmac(key, "aws4_request");
        if (signingKeys.size() >= MAX_CACHED_KEYS) {
            signingKeys.clear();
        }
        signingKeys.put(cacheKey, key);
        return key;
    }

    private static String canonicalRequest(SignedRequest request, Map<String, String> headers, String signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(encode(request.rawPath().isEmpty() ? "/" : request.rawPath(), false)).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders.split(";")) {
            String value = headers.get(name);
            if (value == null) {
                throw new IncompleteSignatureException("Signed header " + name
                        + " is missing");
            }
            canonical.append(name).append(':');
            appendTrimmedCollapsed(canonical, value);
            canonical.append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n');
        String bodyHash = sha256Hex(request.body());
        String declared = headers.get("x-amz-content-sha256");
        if (declared != null && !"UNSIGNED-PAYLOAD".equals(declared) && !declared.equalsIgnoreCase(bodyHash)) {
            // the header is signed, the body is not: a body that does not match it was altered
            throw new InvalidSignatureException("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        canonical.append(declared != null ? declared : bodyHash);
        return canonical.toString();
    }

    /** A header value as SigV4 canonicalises it: trimmed, each run of whitespace one space (no regex per header). */
    private static void appendTrimmedCollapsed(StringBuilder out, String value) {
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(encode(name, true) + "=" + encode(value, true));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    /** RFC 3986 encoding of everything but the unreserved characters (and '/', in paths). */
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static String encode(String value, boolean encodeSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static Map<String, String> lowerCased(Map<String, List<String>> headers) {
        Map<String, String> out = new TreeMap<>();
        headers.forEach((name, values) -> out.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return out;
    }

    private static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(SHA256.get().digest(data));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = HMAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
