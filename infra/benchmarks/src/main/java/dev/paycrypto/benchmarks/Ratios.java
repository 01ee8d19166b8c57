package dev.paycrypto.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one JMH run's JSON results and prints each family and operation beside its floor, as a ratio of times
 * measured in that same run: a family against the bare JCE block operations its algorithm consists of, an
 * operation against the crypto families it calls. A ratio of 1 would be no overhead at all.
 */
public final class Ratios {

    /** Each crypto family's floor, as bare block operations (benchmark name → count). */
    private static final Map<String, Map<String, Double>> FAMILY_FLOORS = new LinkedHashMap<>();
    /** Each operation's floor, as crypto family benchmarks. */
    private static final Map<String, Map<String, Double>> OPERATION_FLOORS = new LinkedHashMap<>();

    static {
        FAMILY_FLOORS.put("cvv", Map.of("desBlock", 3.0));
        FAMILY_FLOORS.put("visaPvv", Map.of("tdesBlock", 1.0));
        FAMILY_FLOORS.put("pinBlockIso0Decrypt", Map.of("tdesBlock", 1.0));
        FAMILY_FLOORS.put("pinBlockIso4Encipher", Map.of("aesBlock", 2.0));
        FAMILY_FLOORS.put("retailMac24", Map.of("desBlock", 5.0));
        FAMILY_FLOORS.put("cmacAes64", Map.of("aesBlock", 5.0));
        // ICC master key 2 TDES, session key 2 TDES, MAC over 40 bytes 5 DES + 2 DES
        FAMILY_FLOORS.put("arqcVerify", Map.of("tdesBlock", 4.0, "desBlock", 7.0));
        // IPEK 2 TDES, one non-reversible step (2 DES) for a counter with one bit set
        FAMILY_FLOORS.put("tdesDukptPinKey", Map.of("tdesBlock", 2.0, "desBlock", 2.0));
        // initial key, one derivation step, the working key: one AES block each for AES-128
        FAMILY_FLOORS.put("aesDukptPinKey", Map.of("aesBlock", 3.0));
        // two CMAC key derivations (2 AES each), 2 blocks decrypted, CMAC over 48 bytes (4 AES)
        FAMILY_FLOORS.put("tr31Unwrap", Map.of("aesBlock", 10.0));

        OPERATION_FLOORS.put("GenerateCardValidationData", Map.of("cvv", 1.0));
        OPERATION_FLOORS.put("VerifyCardValidationData", Map.of("cvv", 1.0));
        OPERATION_FLOORS.put("GenerateMac", Map.of("retailMac24", 1.0));
        OPERATION_FLOORS.put("VerifyMac", Map.of("retailMac24", 1.0));
        OPERATION_FLOORS.put("EncryptData", Map.of("aesBlock", 1.0));
        OPERATION_FLOORS.put("DecryptData", Map.of("aesBlock", 1.0));
        OPERATION_FLOORS.put("ReEncryptData", Map.of("aesBlock", 2.0));
        OPERATION_FLOORS.put("GeneratePinData", Map.of("pinBlockIso0Decrypt", 1.0, "visaPvv", 1.0));
        OPERATION_FLOORS.put("VerifyPinData", Map.of("pinBlockIso0Decrypt", 1.0, "visaPvv", 1.0));
        OPERATION_FLOORS.put("TranslatePinData", Map.of("pinBlockIso0Decrypt", 1.0, "pinBlockIso4Encipher", 1.0));
        OPERATION_FLOORS.put("VerifyAuthRequestCryptogram", Map.of("arqcVerify", 1.0));
        // the agreed KBPK, then the incoming block opened and the outgoing one sealed (about two unwraps)
        OPERATION_FLOORS.put("TranslateKeyMaterial", Map.of("ecdhP256Kbpk", 1.0, "tr31Unwrap", 2.0));
    }

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "infra/benchmarks/target/jmh-results.json");
        Map<String, Double> opsPerSecond = new LinkedHashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(results.toFile())) {
            String name = result.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            if (result.path("params").has("operation")) {
                name = result.get("params").get("operation").asText();
            }
            opsPerSecond.put(name, result.get("primaryMetric").get("score").asDouble());
        }
        System.out.printf("%-30s %14s %14s %8s%n", "benchmark", "ops/s/core", "floor ops/s", "ratio");
        print(opsPerSecond, FAMILY_FLOORS);
        print(opsPerSecond, OPERATION_FLOORS);
        for (String other : opsPerSecond.keySet()) {
            if (!FAMILY_FLOORS.containsKey(other) && !OPERATION_FLOORS.containsKey(other)) {
                System.out.printf("%-30s %14.0f%n", other, opsPerSecond.get(other));
            }
        }
    }

    private static void print(Map<String, Double> opsPerSecond, Map<String, Map<String, Double>> floors) {
        floors.forEach((name, parts) -> {
            Double measured = opsPerSecond.get(name);
            if (measured == null) {
                return;
            }
            double floorSeconds = 0;
            for (Map.Entry<String, Double> part : parts.entrySet()) {
                Double partOps = opsPerSecond.get(part.getKey());
                if (partOps == null) {
                    return;
                }
                floorSeconds += part.getValue() / partOps;
            }
            System.out.printf(Locale.ROOT, "%-30s %14.0f %14.0f %8.1f%n", name, measured, 1 / floorSeconds,
                    floorSeconds == 0 ? Double.NaN : (1 / measured) / floorSeconds);
        });
    }
}
