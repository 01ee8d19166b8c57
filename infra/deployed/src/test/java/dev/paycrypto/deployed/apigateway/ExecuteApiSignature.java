package dev.paycrypto.deployed.apigateway;

import static dev.paycrypto.deployed.apigateway.GatewayResponse.INCOMPLETE_SIGNATURE;
import static dev.paycrypto.deployed.apigateway.GatewayResponse.INVALID_SIGNATURE;
import static dev.paycrypto.deployed.apigateway.GatewayResponse.UNRECOGNIZED_CLIENT;

import dev.paycrypto.local.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * API Gateway's IAM authorisation of a request: AWS Signature Version 4 for the service {@code execute-api} in the
 * API's Region, from the {@code Authorization} header or from the query ({@code X-Amz-Signature}, a presigned URL).
 *
 * <p>Not {@code dev.paycrypto.local.SigV4Verifier}: API Gateway's refusals differ from a service endpoint's (a
 * mismatch answers with the canonical request and string to sign it expected; it allows 5 minutes of clock skew, not
 * 15; it checks the credential scope's service and Region), and those are what this emulation must reproduce. The
 * canonical request is SigV4's: the raw path (stage included) percent-encoded once more, the query decoded, sorted and
 * re-encoded, the signed headers trimmed, and the SHA-256 of the body as it arrived.
 */
final class ExecuteApiSignature {

    static final String SERVICE = "execute-api";
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** API Gateway refuses a signature more than 5 minutes from its clock ("... (T - 5 min.)"). */
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Map<String, IamUser> users;
    private final String region;
    private final Clock clock;

    ExecuteApiSignature(Map<String, IamUser> users, String region, Clock clock) {
        this.users = Map.copyOf(users);
        this.region = region;
        this.clock = clock;
    }

    /** Whether the request carries SigV4 credentials at all (a header, or a presigned query). */
    static boolean carriesCredentials(HttpRequest request) {
        return request.header("Authorization") != null || queryParameters(request.rawQuery()).stream()
                .anyMatch(p -> p[0].equals("X-Amz-Signature") || p[0].equals("X-Amz-Credential"));
    }

    /** The user whose signature the request carries; a {@link GatewayResponse.GatewayRefusal} otherwise. */
    IamUser verify(HttpRequest request) {
        String authorization = request.header("Authorization");
        Signature signature = authorization != null ? fromHeader(request, authorization) : fromQuery(request);

        String[] scope = signature.credential().split("/", -1);
        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
            throw INCOMPLETE_SIGNATURE.refusal("Credential should be scoped with a valid terminator: 'aws4_request', "
                    + "not '" + scope[scope.length - 1] + "'. ");
        }
        if (!scope[3].equals(SERVICE)) {
            throw INVALID_SIGNATURE.refusal("Credential should be scoped to correct service: '" + SERVICE + "'. ");
        }
        if (!scope[2].equals(region)) {
            throw INVALID_SIGNATURE.refusal("Credential should be scoped to a valid region. ");
        }
        Instant signedAt = signature.signedAt();
        String amzDate = AMZ_DATE.format(signedAt);
        if (!scope[1].equals(amzDate.substring(0, 8))) {
            throw INVALID_SIGNATURE.refusal("Date in Credential scope does not match YYYYMMDD from ISO-8601 version "
                    + "of date from HTTP: '" + scope[1] + "' != '" + amzDate.substring(0, 8) + "', from '" + amzDate
                    + "'.");
        }
        checkFreshness(signedAt, signature.expires());
        IamUser user = users.get(scope[0]);
        if (user == null) {
            throw UNRECOGNIZED_CLIENT.refusal("The security token included in the request is invalid.");
        }
        List<String> signedHeaders = List.of(signature.signedHeaders().split(";"));
        if (!signedHeaders.contains("host")) {
            throw INCOMPLETE_SIGNATURE.refusal("'Host' or ':authority' must be a 'SignedHeader' in the AWS "
                    + "Authorization.");
        }
        String canonical = canonicalRequest(request, signedHeaders, signature.fromQuery());
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + String.join("/", scope[1], scope[2], scope[3],
                scope[4]) + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + user.secretAccessKey()).getBytes(StandardCharsets.UTF_8), scope[1]);
        for (String part : List.of(scope[2], scope[3], scope[4])) {
            key = hmac(key, part);
        }
        byte[] expected = hex(hmac(key, stringToSign)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw INVALID_SIGNATURE.refusal("The request signature we calculated does not match the signature you "
                    + "provided. Check your AWS Secret Access Key and signing method. Consult the service "
                    + "documentation for details.\n\nThe Canonical String for this request should have been\n'"
                    + canonical + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
        }
        return user;
    }

    private void checkFreshness(Instant signedAt, Duration expires) {
        Instant now = clock.instant();
        if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
            throw INVALID_SIGNATURE.refusal("Signature not yet current: " + AMZ_DATE.format(signedAt)
                    + " is still later than " + AMZ_DATE.format(now.plus(ALLOWED_SKEW)) + " (" + AMZ_DATE.format(now)
                    + " + 5 min.)");
        }
        Duration window = expires == null ? ALLOWED_SKEW : expires;
        if (signedAt.isBefore(now.minus(window))) {
            throw INVALID_SIGNATURE.refusal("Signature expired: " + AMZ_DATE.format(signedAt) + " is now earlier than "
                    + AMZ_DATE.format(now.minus(window)) + " (" + AMZ_DATE.format(now) + " - "
                    + (window.toSeconds() % 60 == 0 ? window.toMinutes() + " min.)" : window.toSeconds() + " sec.)"));
        }
    }

    /** What a request's SigV4 credentials say; {@code expires} only for a presigned query. */
    private record Signature(String credential, String signedHeaders, String signature, Instant signedAt,
                             Duration expires, boolean fromQuery) {
    }

    private static Signature fromHeader(HttpRequest request, String authorization) {
        int space = authorization.indexOf(' ');
        String algorithm = space < 0 ? authorization : authorization.substring(0, space);
        Map<String, String> fields = new LinkedHashMap<>();
        if (space > 0) {
            for (String pair : authorization.substring(space + 1).split(",")) {
                String trimmed = pair.trim();
                int eq = trimmed.indexOf('=');
                if (eq < 0) {
                    throw INCOMPLETE_SIGNATURE.refusal("Invalid key=value pair (missing equal-sign) in Authorization "
                            + "header (hashed with SHA-256 and encoded with Base64): '"
                            + Base64.getEncoder().encodeToString(sha256(authorization.getBytes(StandardCharsets.UTF_8)))
                            + "'.");
                }
                fields.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
            }
        }
        String date = request.header("X-Amz-Date");
        StringBuilder missing = new StringBuilder();
        if (!algorithm.equals(ALGORITHM)) {
            missing.append("Unsupported Authorization Type. ");
        }
        for (String field : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!fields.containsKey(field)) {
                missing.append("Authorization header requires '").append(field).append("' parameter. ");
            }
        }
        if (date == null && request.header("Date") == null) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (missing.length() > 0) {
            throw INCOMPLETE_SIGNATURE.refusal(missing + "Authorization=" + authorization);
        }
        Instant signedAt = date != null ? amzDate(date) : httpDate(request.header("Date"));
        return new Signature(fields.get("Credential"), fields.get("SignedHeaders"), fields.get("Signature"), signedAt,
                null, false);
    }

    private static Signature fromQuery(HttpRequest request) {
        Map<String, String> query = new TreeMap<>();
        queryParameters(request.rawQuery()).forEach(p -> query.put(p[0], p[1]));
        StringBuilder missing = new StringBuilder();
        for (String name : List.of("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders",
                "X-Amz-Date")) {
            if (!query.containsKey(name)) {
                missing.append("AWS query-string parameters must include '").append(name).append("'. ");
            }
        }
        if (missing.length() > 0) {
            throw INCOMPLETE_SIGNATURE.refusal(missing + "Re-examine the query-string parameters.");
        }
        if (!query.get("X-Amz-Algorithm").equals(ALGORITHM)) {
            throw INCOMPLETE_SIGNATURE.refusal("Unsupported AWS 'algorithm': '" + query.get("X-Amz-Algorithm") + "'");
        }
        Duration expires;
        try {
            expires = query.containsKey("X-Amz-Expires") ? Duration.ofSeconds(Long.parseLong(query.get("X-Amz-Expires")))
                    : ALLOWED_SKEW;
        } catch (NumberFormatException e) {
            throw INCOMPLETE_SIGNATURE.refusal("X-Amz-Expires should be a number");
        }
        return new Signature(query.get("X-Amz-Credential"), query.get("X-Amz-SignedHeaders"),
                query.get("X-Amz-Signature"), amzDate(query.get("X-Amz-Date")), expires, true);
    }

    private static Instant amzDate(String value) {
        try {
            return ZonedDateTime.parse(value, AMZ_DATE).toInstant();
        } catch (DateTimeException e) {
            throw INCOMPLETE_SIGNATURE.refusal("Date must be in ISO-8601 'basic format'. Got '" + value + "'. See "
                    + "http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    private static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw INCOMPLETE_SIGNATURE.refusal("Date must be in RFC 1123 format. Got '" + value + "'.");
        }
    }

    private static String canonicalRequest(HttpRequest request, List<String> signedHeaders, boolean fromQuery) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(uriEncode(request.rawPath().isEmpty() ? "/" : request.rawPath(), false)).append('\n');
        List<String> pairs = new ArrayList<>();
        for (String[] pair : queryParameters(request.rawQuery())) {
            if (!(fromQuery && pair[0].equals("X-Amz-Signature"))) {
                pairs.add(uriEncode(pair[0], true) + "=" + uriEncode(pair[1], true));
            }
        }
        pairs.sort(null);
        canonical.append(String.join("&", pairs)).append('\n');
        for (String name : signedHeaders) {
            List<String> values = request.headers().get(name);
            canonical.append(name).append(':');
            if (values != null) {
                canonical.append(String.join(",", values.stream().map(ExecuteApiSignature::trimAll).toList()));
            }
            canonical.append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n');
        canonical.append(hex(sha256(request.body())));
        return canonical.toString();
    }

    /** A header value as SigV4 canonicalises it: trimmed, each run of spaces one space. */
    private static String trimAll(String value) {
        return value.trim().replaceAll("\\s+", " ");
    }

    /** The query's name/value pairs, decoded, in order. */
    static List<String[]> queryParameters(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            pairs.add(new String[] {URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)});
        }
        return pairs;
    }

    /** RFC 3986 encoding of all but the unreserved characters (and '/', in a path), as SigV4 wants it. */
    private static String uriEncode(String value, boolean encodeSlash) {
        return encodeSlash ? SdkHttpUtils.urlEncode(value) : SdkHttpUtils.urlEncodeIgnoreSlashes(value);
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
