package dev.paycrypto.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;
import software.amazon.awssdk.services.paymentcryptographydata.model.GeneratePinDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.PinBlockFormatForPinData;

/**
 * The request side of {@code infra/benchmarks/http.sh}, which drives the running local service with wrk:
 * <ul>
 *   <li>{@code setup ENDPOINT DIR}: creates the keys the measured calls use (through the SDK, as a user would) and
 *       writes each call's method, path and body to {@code DIR/calls.properties};</li>
 *   <li>{@code sign ENDPOINT DIR CALL}: writes {@code DIR/CALL.lua}, a wrk script replaying that call SigV4-signed
 *       now (a signature holds for 15 minutes, so each measurement signs afresh) and printing one
 *       {@code RESULT requests rps p50ms p99ms non2xx} line;</li>
 *   <li>{@code coldstart PORT SIGNED|PLAIN DIR CALL -- COMMAND...}: starts COMMAND and prints the milliseconds from
 *       launch to the first answered request ({@code 200}: the signed call, or a plain {@code GET /}).</li>
 * </ul>
 */
public final class HttpBench {

    private static final String REGION = "us-east-1";

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(URI.create(args[1]), Path.of(args[2]));
            case "sign" -> Files.writeString(Path.of(args[2], args[3] + ".lua"),
                    lua(signed(URI.create(args[1]), call(Path.of(args[2]), args[3]))));
            case "coldstart" -> System.out.println(coldStart(Integer.parseInt(args[1]), "SIGNED".equals(args[2]),
                    Path.of(args[3]), args[4], List.of(args).subList(6, args.length)));
            default -> throw new IllegalArgumentException("setup | sign | coldstart");
        }
    }

    /** One call: method, path and JSON body. */
    record Call(String method, String path, String contentType, String target, String body) {
    }

    private static void setup(URI endpoint, Path dir) throws IOException {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test",
                "test"));
        PaymentCryptographyClient control = PaymentCryptographyClient.builder().endpointOverride(endpoint)
                .region(Region.of(REGION)).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        PaymentCryptographyDataClient data = PaymentCryptographyDataClient.builder().endpointOverride(endpoint)
                .region(Region.of(REGION)).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        String cvk = create(control, KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, KeyAlgorithm.TDES_2_KEY, true);
        String pek = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key().keyArn();
        String pvk = create(control, KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY, KeyAlgorithm.TDES_2_KEY, true);
        String mac = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                .keyUsage(KeyUsage.TR31_M6_ISO_9797_5_CMAC_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key().keyArn();
        GeneratePinDataResponse pin = data.generatePinData(r -> r.generationKeyIdentifier(pvk)
                .encryptionKeyIdentifier(pek).primaryAccountNumber("4111111111111111")
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .generationAttributes(g -> g.visaPin(v -> v.pinVerificationKeyIndex(1))));
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("cvv2", new Call("POST", "/cardvalidationdata/generate", "application/json", null,
                "{\"KeyIdentifier\":\"" + cvk + "\",\"PrimaryAccountNumber\":\"4111111111111111\","
                        + "\"GenerationAttributes\":{\"CardVerificationValue2\":{\"CardExpiryDate\":\"1229\"}}}"));
        calls.put("verifypin", new Call("POST", "/pindata/verify", "application/json", null,
                "{\"VerificationKeyIdentifier\":\"" + pvk + "\",\"EncryptionKeyIdentifier\":\"" + pek + "\","
                        + "\"VerificationAttributes\":{\"VisaPin\":{\"PinVerificationKeyIndex\":1,"
                        + "\"VerificationValue\":\"" + pin.pinData().verificationValue() + "\"}},"
                        + "\"EncryptedPinBlock\":\"" + pin.encryptedPinBlock() + "\",\"PinBlockFormat\":\"ISO_FORMAT_0\","
                        + "\"PrimaryAccountNumber\":\"4111111111111111\"}"));
        calls.put("generatemac", new Call("POST", "/mac/generate", "application/json", null,
                "{\"KeyIdentifier\":\"" + mac + "\",\"MessageData\":\"4E6F77206973207468652074696D6520666F7220616C6C20\","
                        + "\"GenerationAttributes\":{\"Algorithm\":\"CMAC\"}}"));
        calls.put("getkey", new Call("POST", "/", "application/x-amz-json-1.0", "PaymentCryptographyControlPlane.GetKey",
                "{\"KeyIdentifier\":\"" + cvk + "\"}"));
        // the cold-start probe: answered 200 by a service that holds no key yet
        calls.put("listkeys", new Call("POST", "/", "application/x-amz-json-1.0",
                "PaymentCryptographyControlPlane.ListKeys", "{}"));
        Properties properties = new Properties();
        calls.forEach((name, call) -> {
            properties.setProperty(name + ".method", call.method());
            properties.setProperty(name + ".path", call.path());
            properties.setProperty(name + ".contentType", call.contentType());
            if (call.target() != null) {
                properties.setProperty(name + ".target", call.target());
            }
            properties.setProperty(name + ".body", call.body());
        });
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("calls.properties"))) {
            properties.store(out, "http.sh calls");
        }
        // every call answers 200 before it is measured
        for (String name : calls.keySet()) {
            int status = send(endpoint, signed(endpoint, calls.get(name)));
            if (status != 200) {
                throw new IllegalStateException(name + " answered " + status);
            }
        }
    }

    private static String create(PaymentCryptographyClient control, KeyUsage usage, KeyAlgorithm algorithm,
                                 boolean generateAndVerify) {
        return control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(algorithm).keyUsage(usage)
                .keyClass(KeyClass.SYMMETRIC_KEY).keyModesOfUse(m -> m.generate(generateAndVerify)
                        .verify(generateAndVerify)))).key().keyArn();
    }

    private static Call call(Path dir, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("calls.properties"))) {
            properties.load(in);
        }
        if (properties.getProperty(name + ".path") == null) {
            throw new IllegalArgumentException("No call " + name + " in " + dir);
        }
        return new Call(properties.getProperty(name + ".method"), properties.getProperty(name + ".path"),
                properties.getProperty(name + ".contentType"), properties.getProperty(name + ".target"),
                properties.getProperty(name + ".body"));
    }

    /** The call as a raw HTTP/1.1 request, signed now; headers in wire order. */
    record Signed(String method, String path, Map<String, String> headers, String body) {
    }

    private static Signed signed(URI endpoint, Call call) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(call.method()))
                .uri(endpoint.resolve(call.path())).putHeader("Content-Type", call.contentType());
        if (call.target() != null) {
            request.putHeader("X-Amz-Target", call.target());
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create("test", "test"))
                .request(request.build())
                .payload(ContentStreamProvider.fromUtf8String(call.body()))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "payment-cryptography")
                .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.systemUTC()));
        Map<String, String> headers = new LinkedHashMap<>();
        signed.request().forEachHeader((name, values) -> headers.put(name, String.join(",", values)));
        headers.putIfAbsent("Host", endpoint.getHost() + ":" + endpoint.getPort());
        return new Signed(call.method(), call.path(), headers, call.body());
    }

    private static String lua(Signed signed) {
        StringBuilder lua = new StringBuilder();
        lua.append("wrk.method = \"").append(signed.method()).append("\"\n");
        lua.append("wrk.path = \"").append(signed.path()).append("\"\n");
        lua.append("wrk.body = [==[").append(signed.body()).append("]==]\n");
        signed.headers().forEach((name, value) -> {
            if (!"Host".equalsIgnoreCase(name)) {
                lua.append("wrk.headers[\"").append(name).append("\"] = [==[").append(value).append("]==]\n");
            }
        });
        lua.append("""
                done = function(summary, latency, requests)
                  local non2xx = summary.errors.status
                  io.write(string.format("RESULT %d %.0f %.3f %.3f %d\\n", summary.requests,
                    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
                    latency:percentile(99) / 1000, non2xx))
                end
                """);
        return lua.toString();
    }

    /** Launch to first 200: the command starts, and the request is tried every 2 ms until it is answered. */
    private static long coldStart(int port, boolean signedCall, Path dir, String name, List<String> command)
            throws Exception {
        Signed request = signedCall ? signed(URI.create("http://127.0.0.1:" + port), call(dir, name))
                : new Signed("GET", "/", Map.of("Host", "127.0.0.1:" + port), "");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (System.nanoTime() - start < 60_000_000_000L) {
                try {
                    if (send(URI.create("http://127.0.0.1:" + port), request) == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(2);
            }
            throw new IllegalStateException("No answer within 60 s");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** Sends one request on a fresh connection; the status. */
    private static int send(URI endpoint, Signed request) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
