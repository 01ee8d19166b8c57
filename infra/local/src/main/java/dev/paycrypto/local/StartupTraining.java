package dev.paycrypto.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short run of the service that does what serving does — start in memory, answer signed control-plane and
 * data-plane calls over HTTP — and stops: {@code run.sh} runs it once per build with
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM records every class a start and a first call load, and later
 * starts map them from that archive (class data sharing) instead of loading them one by one.
 */
final class StartupTraining {

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern KEY_ARN = Pattern.compile("\"KeyArn\"\\s*:\\s*\"([^\"]+)\"");

    private StartupTraining() {
    }

    static void run() throws Exception {
        RuntimeOptions options = RuntimeOptions.parse(new String[] {"--in-memory", "--port", "0"}, Map.of());
        LocalFunctionFactory factory = new LocalFunctionFactory(options);
        LocalRuntime runtime = LocalRuntime.start(options, factory);
        try {
            Caller caller = new Caller(runtime.endpoint(), options, new SigV4Verifier(options.credentials(),
                    Clock.systemUTC()));
            caller.send("GET", "/_paycrypto/health", null, null);
            caller.send("POST", "/", "PaymentCryptographyControlPlane.ListKeys", "{}");
            String created = caller.send("POST", "/", "PaymentCryptographyControlPlane.CreateKey",
                    "{\"Exportable\":true,\"KeyAttributes\":{\"KeyAlgorithm\":\"TDES_2KEY\","
                            + "\"KeyUsage\":\"TR31_C0_CARD_VERIFICATION_KEY\",\"KeyClass\":\"SYMMETRIC_KEY\","
                            + "\"KeyModesOfUse\":{\"Generate\":true,\"Verify\":true}}}");
            Matcher arn = KEY_ARN.matcher(created);
            if (arn.find()) {
                String cvv2 = "{\"KeyIdentifier\":\"" + arn.group(1) + "\",\"PrimaryAccountNumber\":\"4111111111111111\","
                        + "\"GenerationAttributes\":{\"CardVerificationValue2\":{\"CardExpiryDate\":\"1229\"}}}";
                for (int i = 0; i < 3; i++) {
                    caller.send("POST", "/cardvalidationdata/generate", null, cvv2);
                    caller.send("POST", "/", "PaymentCryptographyControlPlane.GetKey",
                            "{\"KeyIdentifier\":\"" + arn.group(1) + "\"}");
                }
            }
            factory.settle(java.time.Duration.ofSeconds(10));
        } finally {
            runtime.close();
            factory.close();
        }
    }

    /** Signed calls to the service itself, over a plain socket (nothing a real start would not load). */
    private record Caller(URI endpoint, RuntimeOptions options, SigV4Verifier signer) {

        String send(String method, String path, String target, String body) throws IOException {
            String region = options.regions().get(0);
            Credentials.Entry entry = options.credentials().first();
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.put("Host", List.of(endpoint.getHost() + ":" + endpoint.getPort()));
            headers.put("X-Amz-Date", List.of(AMZ_DATE.format(Clock.systemUTC().instant())));
            headers.put("Content-Type", List.of(target != null ? "application/x-amz-json-1.0" : "application/json"));
            if (target != null) {
                headers.put("X-Amz-Target", List.of(target));
            }
            SigV4Verifier.SignedRequest request = new SigV4Verifier.SignedRequest(method, path, null, headers, bytes);
            String signedHeaders = target != null ? "content-type;host;x-amz-date;x-amz-target"
                    : "content-type;host;x-amz-date";
            Map<String, String> wire = new LinkedHashMap<>();
            headers.forEach((name, values) -> wire.put(name, values.get(0)));
            wire.put("Authorization", signer.authorization(request, entry, region, "payment-cryptography",
                    headers.get("X-Amz-Date").get(0), signedHeaders));
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
                wire.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
                head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                try (InputStream in = socket.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
    }
}
