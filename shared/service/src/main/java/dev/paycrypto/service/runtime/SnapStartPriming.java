package dev.paycrypto.service.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycrypto.api.ApiOperation;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.CardVerificationValue2;
import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GenerateCardValidationDataInput;
import java.util.Map;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.KeyCheckValues;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.card.CardVerificationValues;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.crypto.pin.PinBlocks;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.protocol.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming, and a power-on self-test. Before Lambda snapshots an initialised function, this loads what
 * every request needs — both service models, the JSON codec, the JCE and Bouncy Castle code of each crypto family
 * — so that restored functions start warm. The primes are known-answer tests from published vectors, as an HSM
 * runs at power-on: a wrong answer throws, the checkpoint fails, and a broken build never serves a request. It
 * touches no key store, event bus or network, so the snapshot holds no customer state.
 */
public final class SnapStartPriming implements Resource {

    private static final SnapStartPriming INSTANCE = new SnapStartPriming();
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private SnapStartPriming() {
    }

    /** The process's one instance, as registered. */
    static SnapStartPriming instance() {
        return INSTANCE;
    }

    /** Registers the priming with the CRaC context, once per process (the Lambda handlers' constructors call it). */
    public static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            Core.getGlobalContext().register(INSTANCE);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to undo: priming keeps no state
    }

    /**
     * Runs every self-test and returns the names of those that passed.
     *
     * @throws IllegalStateException naming the first test whose answer is wrong
     */
    public static List<String> prime() {
        List<String> passed = new ArrayList<>();
        check(passed, "service models", ServiceModel.controlPlane().operation("CreateKey") != null
                && ServiceModel.dataPlane().operation("GenerateCardValidationData") != null);
        check(passed, "JSON codec", JsonCodec.write(JsonCodec.parse("{\"KeyArn\":\"a\"}")).equals("{\"KeyArn\":\"a\"}"));
        check(passed, "typed binding", primeBinding());
        // psec tests/test_cvv.py#L29-L32: CVK 9999…8888, PAN 2222222222222222, expiry 3333, service code 111
        check(passed, "CVV", CardVerificationValues.cvv(SecretBytes.fromHex("99999999999999998888888888888888"),
                "2222222222222222", "3333", "111", 3).equals("361"));
        // pyemv tests/test_sm_hsm.py#L55-L56: the ANSI X9.24 check value of 1111…2222
        check(passed, "TDES key check value", Hex.encode(KeyCheckValues.ansiX924(
                SecretBytes.fromHex("11111111111111112222222222222222"))).startsWith("D2B91C"));
        // NIST SP 800-38B D.1 example 1: AES-128 CMAC of the empty message
        check(passed, "AES CMAC", Hex.encode(Macs.cmacAes(SecretBytes.fromHex("2B7E151628AED2A6ABF7158809CF4F3C"),
                new byte[0])).equals("BB1D6929E95937287FA37D129B756746"));
        // openemv crypto test/crypto_tdes2_retail_mac_test.c: ISO 9797-1 algorithm 3 of "Now is the time for all "
        check(passed, "retail MAC", Hex.encode(Macs.iso9797Algorithm3(
                SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210"),
                "Now is the time for all ".getBytes(StandardCharsets.US_ASCII), Iso9797Padding.METHOD_1))
                .startsWith("A1C72E74"));
        // psec tests/test_pinblock.py#L242: the ISO 9564 format 0 block 041261AAAAEDCBA9 holds PIN 1234
        check(passed, "PIN block", PinBlocks.decode(PinBlockFormat.ISO_FORMAT_0, Hex.decode("041261AAAAEDCBA9"),
                "5555555551234567").equals(SecretBytes.of("1234".getBytes(StandardCharsets.US_ASCII))));
        SecretBytes kbpk = SecretBytes.fromHex("89E88CF7931444F334BD7547FC3F380C");
        SecretBytes key = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        String block = Tr31.wrap(kbpk, new Tr31Header('D', "C0", 'T', 'C', "00", 'E', List.of()), key,
                new SecureRandom());
        check(passed, "TR-31", Tr31.unwrap(kbpk, block).key().equals(key));
        return passed;
    }

    /**
     * Builds the JSON binding of every operation's request and response records (Jackson's introspection of each
     * record class is the first call's largest cost), then binds a CVV2 request to check the union reading.
     */
    private static boolean primeBinding() {
        ObjectMapper mapper = JsonCodec.mapper();
        for (Map<String, ApiOperation<?, ?>> plane : List.of(ControlPlaneOperations.ALL, DataPlaneOperations.ALL)) {
            for (ApiOperation<?, ?> operation : plane.values()) {
                if (!mapper.canDeserialize(mapper.constructType(operation.input()))
                        || !mapper.canSerialize(operation.output())) {
                    return false;
                }
            }
        }
        GenerateCardValidationDataInput request = JsonCodec.bind(JsonCodec.parse("{\"KeyIdentifier\":\"alias/k\","
                + "\"PrimaryAccountNumber\":\"4111111111111111\",\"GenerationAttributes\":{\"CardVerificationValue2\":"
                + "{\"CardExpiryDate\":\"1230\"}}}"), GenerateCardValidationDataInput.class);
        return request.generationAttributes() instanceof CardVerificationValue2 cvv2
                && cvv2.cardExpiryDate().equals("1230");
    }

    private static void check(List<String> passed, String name, boolean correct) {
        if (!correct) {
            throw new IllegalStateException("Self-test failed: " + name);
        }
        passed.add(name);
    }
}
