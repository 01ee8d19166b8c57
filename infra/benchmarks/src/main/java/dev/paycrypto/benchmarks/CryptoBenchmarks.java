package dev.paycrypto.benchmarks;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.KeyAgreement;
import dev.paycrypto.crypto.asymmetric.RsaEncryption;
import dev.paycrypto.crypto.card.CardVerificationValues;
import dev.paycrypto.crypto.dukpt.AesDukpt;
import dev.paycrypto.crypto.dukpt.TdesDukpt;
import dev.paycrypto.crypto.emv.Cryptograms;
import dev.paycrypto.crypto.emv.EmvKeys;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.crypto.pin.PinBlocks;
import dev.paycrypto.crypto.pin.PinVerificationValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each crypto family's cost beside the bare JCE block operation it is built from, measured in the same run:
 * {@code desBlock}, {@code tdesBlock} and {@code aesBlock} are one block through an already initialised JCE
 * cipher, the floor no implementation can go under. {@link Ratios} divides each family by its floor times the
 * number of block operations the algorithm needs (CVV = 3 DES, PVV = 1 TDES + decimalisation, ...).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CryptoBenchmarks {

    private static final String TDES_KEY = "0123456789ABCDEFFEDCBA9876543210";
    private static final String PAN = "4111111111111111";

    private final SecureRandom random = new SecureRandom();
    private final byte[] block8 = Hex.decode("4E6F772069732074");
    private final byte[] block16 = Hex.decode("6BC1BEE22E409F96E93D7E117393172A");
    /** ISO/IEC 9797-1 Annex B's message "Now is the time for all ", as the MAC events send it. */
    private final byte[] message24 = "Now is the time for all ".getBytes(StandardCharsets.US_ASCII);
    private final byte[] message64 = new byte[64];
    private Cipher des;
    private Cipher tdes;
    private Cipher aes;
    private SecretBytes tdesKey;
    private SecretBytes aesKey;
    private SecretBytes pin;
    private byte[] pinBlock;
    private byte[] ksn;
    private byte[] aesKsn;
    private byte[] arqcData;
    private byte[] arqc;
    private String keyBlock;
    private Tr31Header header;
    private KeyPair rsa;
    private byte[] rsaCryptogram;
    private KeyPair ecdhOurs;
    private KeyPair ecdhTheirs;

    @Setup
    public void setUp() throws GeneralSecurityException {
        des = Cipher.getInstance("DES/ECB/NoPadding");
        des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Hex.decode("0123456789ABCDEF"), "DES"));
        tdes = Cipher.getInstance("DESede/ECB/NoPadding");
        tdes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Hex.decode(TDES_KEY + TDES_KEY.substring(0, 16)), "DESede"));
        aes = Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Hex.decode("2B7E151628AED2A6ABF7158809CF4F3C"), "AES"));
        tdesKey = SecretBytes.fromHex(TDES_KEY);
        aesKey = SecretBytes.fromHex("2B7E151628AED2A6ABF7158809CF4F3C");
        pin = SecretBytes.of("1234".getBytes(StandardCharsets.US_ASCII));
        pinBlock = encryptedPinBlock();
        ksn = Hex.decode("FFFF9876543210E00008");
        aesKsn = Hex.decode("123456789012345600000001");
        arqcData = Hex.decode("0000000010000000000000000710000000000007101302050030901B6A3C00005503A4A082");
        arqc = Cryptograms.applicationCryptogram(sessionKey(), arqcData, Iso9797Padding.METHOD_1);
        header = new Tr31Header('D', "P0", 'A', 'E', "00", 'E', List.of());
        keyBlock = Tr31.wrap(aesKey, header, aesKey, random);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa = generator.generateKeyPair();
        rsaCryptogram = RsaEncryption.encrypt(rsa.getPublic(), block16, RsaEncryption.Padding.OAEP_SHA256);
        KeyMaterialGenerator ec = new KeyMaterialGenerator(random);
        ecdhOurs = ec.ec("P-256");
        ecdhTheirs = ec.ec("P-256");
    }

    // the floors: one block through an initialised JCE cipher

    @Benchmark
    public byte[] desBlock() throws GeneralSecurityException {
        return des.doFinal(block8);
    }

    @Benchmark
    public byte[] tdesBlock() throws GeneralSecurityException {
        return tdes.doFinal(block8);
    }

    @Benchmark
    public byte[] aesBlock() throws GeneralSecurityException {
        return aes.doFinal(block16);
    }

    // the families

    /** 1 DES + 1 TDES (= 3 DES) and decimalisation. */
    @Benchmark
    public String cvv() {
        return CardVerificationValues.cvv(tdesKey, PAN, "1229", "000", 3);
    }

    /** 1 TDES and decimalisation. */
    @Benchmark
    public String visaPvv() {
        return PinVerificationValues.visaPvv(tdesKey, PAN, 1, pin);
    }

    /** ISO 9564 format 0 block decrypted (1 TDES) and decoded. */
    @Benchmark
    public SecretBytes pinBlockIso0Decrypt() {
        byte[] clear = BlockCiphers.tdesDecryptEcb(tdesKeyBytes(), pinBlock);
        try {
            return PinBlocks.decode(PinBlockFormat.ISO_FORMAT_0, clear, PAN);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** ISO 9797-1 algorithm 3 over 24 bytes: 3 DES + 2 DES. */
    @Benchmark
    public byte[] retailMac24() {
        return Macs.iso9797Algorithm3(tdesKey, message24, Iso9797Padding.METHOD_1);
    }

    /** ISO 9564 format 4: two AES encipherments with the PAN block between them. */
    @Benchmark
    public byte[] pinBlockIso4Encipher() {
        return PinBlocks.encipherIso4(aesKey, pin, PAN, random);
    }

    /** AES-CMAC over 64 bytes: 1 AES for the subkeys + 4 AES. */
    @Benchmark
    public byte[] cmacAes64() {
        return Macs.cmacAes(aesKey, message64);
    }

    @Benchmark
    public byte[] hmacSha256x64() {
        return Macs.hmac(tdesKey, "HmacSHA256", message64);
    }

    /** ICC key (2 TDES), session key (2 TDES), ARQC over 40 bytes (5 DES + 2 DES): 15 DES-equivalent blocks. */
    @Benchmark
    public boolean arqcVerify() {
        SecretBytes sessionKey = sessionKey();
        try {
            return MessageDigest.isEqual(
                    Cryptograms.applicationCryptogram(sessionKey, arqcData, Iso9797Padding.METHOD_1), arqc);
        } finally {
            sessionKey.wipe();
        }
    }

    /** TDES DUKPT: IPEK (2 TDES) and up to 21 non-reversible steps for this counter; then the PIN variant. */
    @Benchmark
    public SecretBytes tdesDukptPinKey() {
        SecretBytes transactionKey = TdesDukpt.transactionKey(tdesKey, ksn);
        try {
            return TdesDukpt.workingKey(transactionKey, TdesDukpt.Variant.PIN);
        } finally {
            transactionKey.wipe();
        }
    }

    @Benchmark
    public SecretBytes aesDukptPinKey() {
        return AesDukpt.workingKey(aesKey, aesKsn, AesDukpt.KeyUsage.PIN_ENCRYPTION, AesDukpt.KeyType.AES_128);
    }

    /** TR-31 version D unwrap: CMAC key derivation, AES-CBC decryption and the MAC check. */
    @Benchmark
    public Object tr31Unwrap() {
        return Tr31.unwrap(aesKey, keyBlock);
    }

    @Benchmark
    public byte[] rsaOaepSha256Decrypt() {
        return RsaEncryption.decrypt(rsa.getPrivate(), rsaCryptogram, RsaEncryption.Padding.OAEP_SHA256);
    }

    /** ECDH on P-256 and the SP 800-56A KDF to an AES-128 KBPK: what TranslateKeyMaterial agrees per call. */
    @Benchmark
    public SecretBytes ecdhP256Kbpk() {
        SecretBytes z = KeyAgreement.sharedSecret(ecdhOurs.getPrivate(), ecdhTheirs.getPublic());
        try {
            return KeyAgreement.concatenationKdf(KeyAgreement.Hash.SHA_256, z, block16, 16);
        } finally {
            z.wipe();
        }
    }

    private SecretBytes sessionKey() {
        SecretBytes icc = EmvKeys.iccMasterKeyOptionA(tdesKey, "5413330089600010", "00");
        try {
            return EmvKeys.commonSessionKeyForAtc(icc, Hex.decode("0007"));
        } finally {
            icc.wipe();
        }
    }

    private byte[] encryptedPinBlock() {
        byte[] clear = PinBlocks.encode(PinBlockFormat.ISO_FORMAT_0, pin, PAN, random);
        return BlockCiphers.tdesEncryptEcb(tdesKeyBytes(), clear);
    }

    private byte[] tdesKeyBytes() {
        return tdesKey.copy();
    }
}
