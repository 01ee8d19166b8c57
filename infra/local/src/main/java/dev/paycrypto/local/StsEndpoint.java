package dev.paycrypto.local;

import dev.paycrypto.app.errors.ServiceException;
import dev.paycrypto.local.http.HttpReply;
import dev.paycrypto.local.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one STS action scripts and SDKs call before anything else, {@code GetCallerIdentity}, answered in STS's
 * query protocol (form-encoded request, XML response) for a request signed for {@code sts} (and naming no
 * {@code X-Amz-Target}: a JSON operation signed for STS stays refused as signed for another service): with
 * {@code AWS_ENDPOINT_URL} pointing here, {@code aws sts get-caller-identity} and boto3's credential checks work.
 * Every other STS action is refused in STS's own error format; nothing here reads or changes stored state.
 */
final class StsEndpoint {

    static final String SERVICE = "sts";
    private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final int MAX_PARAMETERS = 32;

    private StsEndpoint() {
    }

    /** Whether an (as yet unverified) request is signed for STS: its errors are then written in STS's format. */
    static boolean isSignedForSts(HttpRequest request) {
        String authorization = request.header("Authorization");
        return authorization != null && authorization.contains("/" + SERVICE + "/aws4_request");
    }

    /** The answer to a request whose signature was verified as {@code caller}'s. */
    static HttpReply answer(HttpRequest request, SigV4Verifier.Identity caller, String requestId) {
        Map<String, String> parameters = parameters(request);
        String action = parameters.get("Action");
        if (!"GetCallerIdentity".equals(action)) {
            return error(400, "Sender", "InvalidAction", action == null ? "The request names no Action"
                    : "PayCrypto answers only the STS action GetCallerIdentity", requestId);
        }
        String arn = ProxyEvents.userArn(caller);
        return xml(200, "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">"
                + "<GetCallerIdentityResult>"
                + "<Arn>" + escape(arn) + "</Arn>"
                + "<UserId>" + userId(caller) + "</UserId>"
                + "<Account>" + caller.account() + "</Account>"
                + "</GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>");
    }

    /** A refusal of the signature, in STS's words: STS names these codes differently from the service. */
    static HttpReply refusal(ServiceException refusal, String requestId) {
        String code = switch (refusal.code()) {
            case "InvalidSignatureException" -> "SignatureDoesNotMatch";
            case "UnrecognizedClientException" -> "InvalidClientTokenId";
            case "IncompleteSignatureException" -> "IncompleteSignature";
            default -> refusal.code();
        };
        return error(refusal.httpStatus(), "Sender", code, refusal.getMessage(), requestId);
    }

    /** An error as STS writes it, {@code <ErrorResponse>} with the type, code and message. */
    static HttpReply error(int status, String type, String code, String message, String requestId) {
        return xml(status, "<ErrorResponse xmlns=\"" + NAMESPACE + "\">"
                + "<Error><Type>" + type + "</Type><Code>" + escape(code) + "</Code>"
                + "<Message>" + escape(message) + "</Message></Error>"
                + "<RequestId>" + requestId + "</RequestId></ErrorResponse>");
    }

    /**
     * The IAM user id of a configured credential: stable, in the form IAM gives users ({@code AIDA} and 17 more
     * characters), and derived so that it says nothing of the secret.
     */
    static String userId(SigV4Verifier.Identity caller) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((caller.account() + ":" + caller.accessKeyId()).getBytes(StandardCharsets.UTF_8));
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            StringBuilder id = new StringBuilder("AIDA");
            for (int i = 0; i < 17; i++) {
                id.append(alphabet.charAt((digest[i] & 0xFF) % alphabet.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static Map<String, String> parameters(HttpRequest request) {
        Map<String, String> parameters = new HashMap<>();
        read(request.rawQuery(), parameters);
        String contentType = request.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.body() != null) {
            read(new String(request.body(), StandardCharsets.UTF_8), parameters);
        }
        return parameters;
    }

    private static void read(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&", MAX_PARAMETERS + 1)) {
            if (into.size() >= MAX_PARAMETERS) {
                return;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            into.putIfAbsent(name, value);
        }
    }

    private static HttpReply xml(int status, String body) {
        return new HttpReply(status, Map.of("Content-Type", "text/xml"), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
