package dev.paycrypto.crypto.keyblock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TR-34 two-pass key tokens in AWS Payment Cryptography's {@code X9_TR34_2012} layout.
 *
 * <p>No published token comes with a KRD private key that opens it (the ASC X9 TR-34 samples' key transport does
 * not decrypt, see vectors/tr34.json), so the build and the read are each checked against an independent
 * formulation: Bouncy Castle's CMS API verifies and decrypts what {@link Tr34#wrap} builds, and {@link Tr34#unwrap}
 * reads what Bouncy Castle's CMS generators build, once as RFC 5652 and once rearranged into AWS's layout. The
 * published ASC X9 samples check signature verification and attribute reading. The layout test walks a token the
 * way AWS's export sample (samples-for-payment-cryptography-service, export_raw_key_from_apc.py) does.
 */
class Tr34Test {

    private static final Tr31Header TDES_HEADER = new Tr31Header('D', "K0", 'T', 'B', "00", 'E', List.of());
    private static final byte[] NONCE = Hex.decode("0123456789ABCDEF");
    /** RSAES-OAEP parameters as the AWS samples and the TR-34 samples write them: untagged, SHA-256. */
    private static final String AWS_OAEP_SHA256_PARAMETERS = "3038300D06096086480165030402010500301806092A864886F70D"
            + "010108300B0609608648016503040201300D06092A864886F70D0101090400";

    private static SecureRandom random;
    private static KeyMaterialGenerator generator;
    private static Party kdh;
    private static Party krd;
    private static Party kdh3072;
    private static Party krd3072;

    /** A key pair and its certificate. */
    private record Party(KeyPair keys, X509Certificate certificate) {
        PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    @BeforeAll
    static void credentials() throws Exception {
        random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(34L);
        generator = new KeyMaterialGenerator(random);
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        KeyPair caKeys = generator.rsa(2048);
        X509Certificate ca = CertificateIssuer.selfSignedAuthority("CN=TR-34 Test CA", caKeys.getPublic(),
                caKeys.getPrivate(), now, now.plus(3650, ChronoUnit.DAYS), random);
        kdh = party(ca, caKeys, "CN=KDH", 2048, CertificateIssuer.Purpose.SIGNING, now);
        krd = party(ca, caKeys, "CN=KRD", 2048, CertificateIssuer.Purpose.KEY_WRAPPING, now);
        kdh3072 = party(ca, caKeys, "CN=KDH 3072", 3072, CertificateIssuer.Purpose.SIGNING, now);
        krd3072 = party(ca, caKeys, "CN=KRD 3072", 3072, CertificateIssuer.Purpose.KEY_WRAPPING, now);
    }

    private static Party party(X509Certificate ca, KeyPair caKeys, String subject, int bits,
                               CertificateIssuer.Purpose purpose, Instant now) {
        KeyPair keys = generator.rsa(bits);
        return new Party(keys, CertificateIssuer.issue(ca, caKeys.getPrivate(), subject, keys.getPublic(), purpose,
                now, now.plus(365, ChronoUnit.DAYS), random));
    }

    // ------------------------------------------------------------------------------------ round trips

    static Stream<Arguments> roundTrips() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] keys = {{'T', 16}, {'T', 24}, {'A', 16}, {'A', 24}, {'A', 32}};
        for (Object[] key : keys) {
            for (int bits : new int[] {2048, 3072}) {
                for (int nonceLength : new int[] {0, 8, 16}) {
                    for (Tr34.OaepHash hash : Tr34.OaepHash.values()) {
                        cases.add(Arguments.of(key[0], key[1], bits, nonceLength, hash));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} key of {1} bytes, RSA {2}, nonce of {3} bytes, OAEP {4}")
    @MethodSource("roundTrips")
    void wrapThenUnwrapGivesTheKeyAndHeaderBack(char algorithm, int keyLength, int bits, int nonceLength,
                                                Tr34.OaepHash hash) {
        Party signer = bits == 2048 ? kdh : kdh3072;
        Party recipient = bits == 2048 ? krd : krd3072;
        SecretBytes key = algorithm == 'T' ? generator.tdes(keyLength) : generator.aes(keyLength);
        Tr31Header header = new Tr31Header('D', "K1", algorithm, 'B', "00", 'E', List.of());
        byte[] nonce = nonceLength == 0 ? null : randomBytes(nonceLength);

        byte[] block = Tr34.wrap(signer.privateKey(), signer.certificate(), recipient.certificate(), header, key,
                nonce, hash, random);
        Tr34Unwrapped unwrapped = Tr34.unwrap(block, recipient.privateKey(), signer.certificate(), nonce);

        assertThat(unwrapped.key()).isEqualTo(key);
        assertThat(unwrapped.header()).isEqualTo(header);
    }

    @Test
    void carriesOptionalBlocksInTheHeader() {
        Tr31Header header = new Tr31Header('D', "B0", 'A', 'X', "00", 'S',
                List.of(new Tr31OptionalBlock("KS", "00604B120F9292800000"), new Tr31OptionalBlock("10", "x")));
        SecretBytes key = generator.aes(16);
        byte[] block = Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(), header, key, NONCE,
                Tr34.OaepHash.SHA_256, random);
        Tr34Unwrapped unwrapped = Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE);
        assertThat(unwrapped.header()).isEqualTo(header);
        assertThat(unwrapped.key()).isEqualTo(key);
        assertThat(signedHeader(block)).isEqualTo("D9999B0AX00S0200KS1800604B120F92928000001005x");
    }

    // ------------------------------------------------------------------------------------ the AWS layout

    @Test
    void buildsTheLayoutTheAwsSamplesExchange() throws Exception {
        SecretBytes key = generator.tdes(16);
        byte[] block = Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(), TDES_HEADER, key, NONCE,
                Tr34.OaepHash.SHA_256, random);

        ASN1Sequence contentInfo = ASN1Sequence.getInstance(block);
        assertThat(contentInfo.getObjectAt(0)).isEqualTo(PKCSObjectIdentifiers.signedData);
        ASN1Sequence signedData = ASN1Sequence.getInstance(explicit(contentInfo.getObjectAt(1)));
        assertThat(signedData.size()).as("version, digests, content, signers; no certificates or CRLs")
                .isEqualTo(4);
        assertThat(signedData.getObjectAt(0)).isEqualTo(new ASN1Integer(1));
        assertThat(hex(signedData.getObjectAt(1))).isEqualTo("310D300B0609608648016503040201");
        ASN1Sequence encapsulated = ASN1Sequence.getInstance(signedData.getObjectAt(2));
        assertThat(encapsulated.getObjectAt(0)).isEqualTo(PKCSObjectIdentifiers.envelopedData);
        byte[] envelope = ASN1OctetString.getInstance(explicit(encapsulated.getObjectAt(1))).getOctets();

        ASN1Sequence signerInfo = ASN1Sequence.getInstance(ASN1Set.getInstance(signedData.getObjectAt(3))
                .getObjectAt(0));
        assertThat(signerInfo.size()).isEqualTo(6);
        assertThat(signerInfo.getObjectAt(0)).isEqualTo(new ASN1Integer(1));
        assertThat(hex(signerInfo.getObjectAt(1))).isEqualTo(hex(issuerAndSerial(kdh.certificate())));
        assertThat(hex(signerInfo.getObjectAt(2))).isEqualTo("300B0609608648016503040201");
        List<ASN1ObjectIdentifier> attributeTypes = new ArrayList<>();
        for (ASN1Encodable attribute : ASN1Set.getInstance((ASN1TaggedObject) signerInfo.getObjectAt(3), false)) {
            attributeTypes.add(Attribute.getInstance(attribute).getAttrType());
        }
        assertThat(attributeTypes).containsExactly(CMSAttributes.contentType, Tr34KeyBlock.RANDOM_NONCE,
                PKCSObjectIdentifiers.data, CMSAttributes.messageDigest);
        assertThat(hex(signerInfo.getObjectAt(4))).isEqualTo("300D06092A864886F70D0101010500");
        assertThat(signedHeader(block)).isEqualTo("D9999K0TB00E0000");

        List<ASN1Primitive> fields = derElements(envelope);
        assertThat(fields).as("the EnvelopedData's fields, without its SEQUENCE header").hasSize(3);
        assertThat(fields.get(0)).isEqualTo(new ASN1Integer(0));
        ASN1Sequence keyTransport = ASN1Sequence.getInstance(ASN1Set.getInstance(fields.get(1)).getObjectAt(0));
        assertThat(keyTransport.getObjectAt(0)).isEqualTo(new ASN1Integer(0));
        assertThat(hex(keyTransport.getObjectAt(1))).isEqualTo(hex(issuerAndSerial(krd.certificate())));
        ASN1Sequence oaep = ASN1Sequence.getInstance(keyTransport.getObjectAt(2));
        assertThat(oaep.getObjectAt(0)).isEqualTo(PKCSObjectIdentifiers.id_RSAES_OAEP);
        assertThat(hex(oaep.getObjectAt(1))).isEqualTo(AWS_OAEP_SHA256_PARAMETERS);
        ASN1Sequence encryptedContentInfo = ASN1Sequence.getInstance(fields.get(2));
        assertThat(encryptedContentInfo.size()).isEqualTo(2);
        assertThat(encryptedContentInfo.getObjectAt(0)).isEqualTo(PKCSObjectIdentifiers.data);
        ASN1Sequence cipher = ASN1Sequence.getInstance(encryptedContentInfo.getObjectAt(1));
        assertThat(cipher.size()).as("algorithm, IV and the encrypted content").isEqualTo(3);
        assertThat(cipher.getObjectAt(0)).isEqualTo(PKCSObjectIdentifiers.des_EDE3_CBC);
        assertThat(ASN1OctetString.getInstance(cipher.getObjectAt(1)).getOctets()).hasSize(8);
        assertThat(cipher.getObjectAt(2).toASN1Primitive().getEncoded()[0]).as("[0] IMPLICIT, primitive")
                .isEqualTo((byte) 0x80);
    }

    @Test
    void protectsAesKeysWithAes128AndTdesKeysWithTdes() {
        byte[] aes = Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(),
                new Tr31Header('D', "K0", 'A', 'B', "00", 'E', List.of()), generator.aes(32), NONCE,
                Tr34.OaepHash.SHA_256, random);
        byte[] tdes = Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(), TDES_HEADER,
                generator.tdes(24), NONCE, Tr34.OaepHash.SHA_256, random);
        assertThat(Tr34KeyBlock.parse(aes).content().cipher()).isEqualTo(Tr34KeyBlock.ContentCipher.AES_128_CBC);
        assertThat(Tr34KeyBlock.parse(tdes).content().cipher()).isEqualTo(Tr34KeyBlock.ContentCipher.TDES_CBC);
    }

    // ------------------------------------------------------------------------------------ independent formulation

    static Stream<Arguments> cipherHashAndNonce() {
        return Stream.of(
                Arguments.of('T', Tr34.OaepHash.SHA_256, 8), Arguments.of('T', Tr34.OaepHash.SHA_512, 16),
                Arguments.of('A', Tr34.OaepHash.SHA_256, 16), Arguments.of('A', Tr34.OaepHash.SHA_512, 8));
    }

    @ParameterizedTest(name = "independent formulation: Bouncy Castle CMS reads a {0} token, OAEP {1}, nonce {2}")
    @MethodSource("cipherHashAndNonce")
    void independentFormulationBouncyCastleCmsVerifiesAndDecryptsWhatWrapBuilds(char algorithm,
                                                                              Tr34.OaepHash hash,
                                                                              int nonceLength) throws Exception {
        SecretBytes key = algorithm == 'T' ? generator.tdes(24) : generator.aes(16);
        Tr31Header header = new Tr31Header('D', "K0", algorithm, 'B', "00", 'E', List.of());
        byte[] nonce = randomBytes(nonceLength);
        byte[] block = Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(), header, key, nonce, hash,
                random);

        CMSSignedData signed = new CMSSignedData(block);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(kdh.certificate()))).isTrue();
        AttributeTable attributes = signer.getSignedAttributes();
        assertThat(attributeOctets(attributes, Tr34KeyBlock.RANDOM_NONCE)).isEqualTo(nonce);
        assertThat(new String(attributeOctets(attributes, PKCSObjectIdentifiers.data), StandardCharsets.US_ASCII))
                .isEqualTo("D9999K0" + algorithm + "B00E0000");

        byte[] envelope = (byte[]) signed.getSignedContent().getContent();
        CMSEnvelopedData enveloped = new CMSEnvelopedData(
                new ContentInfo(PKCSObjectIdentifiers.envelopedData, awsEnvelopeAsCms(envelope)));
        RecipientInformation recipient = enveloped.getRecipientInfos()
                .get(new JceKeyTransRecipientId(krd.certificate()));
        byte[] clear = recipient.getContent(new JceKeyTransEnvelopedRecipient(krd.privateKey()));

        ASN1Sequence keyBlock = ASN1Sequence.getInstance(clear);
        assertThat(keyBlock.getObjectAt(0)).isEqualTo(new ASN1Integer(1));
        assertThat(hex(keyBlock.getObjectAt(1))).isEqualTo(hex(issuerAndSerial(kdh.certificate())));
        assertThat(ASN1OctetString.getInstance(keyBlock.getObjectAt(2)).getOctets()).isEqualTo(key.copy());
        Attribute headerAttribute = Attribute.getInstance(keyBlock.getObjectAt(3));
        assertThat(headerAttribute.getAttrType()).isEqualTo(PKCSObjectIdentifiers.data);
        assertThat(ASN1OctetString.getInstance(headerAttribute.getAttrValues().getObjectAt(0)).getOctets())
                .isEqualTo(attributeOctets(attributes, PKCSObjectIdentifiers.data));
    }

    static Stream<Arguments> cipherHashAndLayout() {
        return Stream.of(
                Arguments.of('T', Tr34.OaepHash.SHA_256, true), Arguments.of('T', Tr34.OaepHash.SHA_512, true),
                Arguments.of('A', Tr34.OaepHash.SHA_256, true), Arguments.of('A', Tr34.OaepHash.SHA_512, true),
                Arguments.of('T', Tr34.OaepHash.SHA_256, false), Arguments.of('A', Tr34.OaepHash.SHA_512, false));
    }

    @ParameterizedTest(name = "independent formulation: unwrap reads Bouncy Castle's {0} token, OAEP {1}, AWS layout {2}")
    @MethodSource("cipherHashAndLayout")
    void independentFormulationUnwrapReadsWhatBouncyCastleCmsGeneratorsBuild(char algorithm, Tr34.OaepHash hash,
                                                                           boolean awsLayout) throws Exception {
        SecretBytes key = algorithm == 'T' ? generator.tdes(16) : generator.aes(16);
        byte[] header = ("D0016P0" + algorithm + "B00E0000").getBytes(StandardCharsets.US_ASCII);
        byte[] block = bouncyCastleToken(new Contents(issuerAndSerial(kdh.certificate()), key.copy(), header, header),
                algorithm, hash, awsLayout, NONCE);

        Tr34Unwrapped unwrapped = Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE);

        assertThat(unwrapped.key()).isEqualTo(key);
        assertThat(unwrapped.header()).isEqualTo(new Tr31Header('D', "P0", algorithm, 'B', "00", 'E', List.of()));
    }

    // ------------------------------------------------------------------------------------ published samples

    static Stream<Arguments> publishedTokens() {
        return Vectors.load("tr34", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedTokens")
    void verifiesThePublishedTwoPassTokens(String id, JsonNode vector) throws Exception {
        byte[] block = Base64.getDecoder().decode(vector.get("key_block_base64").asText());
        X509Certificate sampleKdh = sampleCertificate(vector.get("kdh_certificate_base64").asText());
        byte[] nonce = Hex.decode(vector.get("random_nonce").asText());
        JsonNode expected = vector.get("expected");

        Tr34KeyBlock verified = Tr34.verified(block, sampleKdh, nonce);

        assertThat(new String(verified.attributes().header(), StandardCharsets.US_ASCII))
                .isEqualTo(expected.get("header").asText());
        assertThat(verified.recipient().hash().name()).isEqualTo(expected.get("oaep_hash").asText());
        assertThat(verified.content().cipher().name()).isEqualTo(expected.get("content_cipher").asText());
        assertThat(Hex.encode(verified.content().iv())).isEqualTo(expected.get("iv").asText());
        byte[] otherNonce = nonce.clone();
        otherNonce[0] ^= 1;
        assertThatThrownBy(() -> Tr34.verified(block, sampleKdh, otherNonce)).isInstanceOf(IntegrityException.class);
        byte[] tampered = block.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> Tr34.verified(tampered, sampleKdh, nonce)).isInstanceOf(IntegrityException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedTokens")
    void refusesThePublishedTokensWhoseKeyTransportIsKnownNotToDecrypt(String id, JsonNode vector)
            throws Exception {
        byte[] block = Base64.getDecoder().decode(vector.get("key_block_base64").asText());
        PrivateKey sampleKrd = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(vector.get("krd_private_key_pkcs8_base64").asText())));
        X509Certificate sampleKdh = sampleCertificate(vector.get("kdh_certificate_base64").asText());
        byte[] nonce = Hex.decode(vector.get("random_nonce").asText());

        assertThatThrownBy(() -> Tr34.unwrap(block, sampleKrd, sampleKdh, nonce))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("does not decrypt");
    }

    // ------------------------------------------------------------------------------------ refusals

    @Test
    void refusesATamperedSignature() {
        byte[] block = tdesBlock(generator.tdes(16));
        block[block.length - 1] ^= 1;
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("signature");
    }

    @Test
    void refusesTamperedEncryptedContent() {
        byte[] block = tdesBlock(generator.tdes(16));
        byte[] ciphertext = Tr34KeyBlock.parse(block).content().ciphertext();
        block[indexOf(block, ciphertext) + ciphertext.length / 2] ^= 1;
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("digest");
    }

    @Test
    void refusesATamperedSignedHeader() {
        byte[] block = tdesBlock(generator.tdes(16));
        byte[] header = "D9999K0TB00E0000".getBytes(StandardCharsets.US_ASCII);
        block[indexOf(block, header) + 5] = 'P';
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("signature");
    }

    @Test
    void refusesAnotherKdhCertificate() {
        byte[] block = tdesBlock(generator.tdes(16));
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh3072.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("not signed by this KDH");
    }

    @Test
    void refusesACertificateThatNamesTheSignerButHoldsAnotherKey() throws Exception {
        byte[] block = tdesBlock(generator.tdes(16));
        X509Certificate impostor = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                X500Name.getInstance(kdh.certificate().getIssuerX500Principal().getEncoded()),
                kdh.certificate().getSerialNumber(), new Date(0), new Date(0), new X500Name("CN=Impostor"),
                kdh3072.keys().getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(kdh3072.privateKey())));
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), impostor, NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("signature");
    }

    @Test
    void refusesAnotherKrdPrivateKey() {
        byte[] block = tdesBlock(generator.tdes(16));
        assertThatThrownBy(() -> Tr34.unwrap(block, krd3072.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class);
        assertThatThrownBy(() -> Tr34.unwrap(block, kdh.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class);
    }

    @Test
    void refusesAnotherNonceAMissingNonceAndAnUnexpectedOne() {
        byte[] twoPass = tdesBlock(generator.tdes(16));
        byte[] otherNonce = Hex.decode("0123456789ABCDEE");
        assertThatThrownBy(() -> Tr34.unwrap(twoPass, krd.privateKey(), kdh.certificate(), otherNonce))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("nonce");
        assertThatThrownBy(() -> Tr34.unwrap(twoPass, krd.privateKey(), kdh.certificate(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nonce");

        byte[] withoutNonce = Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(), TDES_HEADER,
                generator.tdes(16), null, Tr34.OaepHash.SHA_256, random);
        assertThatThrownBy(() -> Tr34.unwrap(withoutNonce, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("nonce");
    }

    @Test
    void refusesTruncatedDer() {
        byte[] block = tdesBlock(generator.tdes(16));
        for (int length = 0; length < block.length; length += length < 16 ? 1 : 37) {
            byte[] truncated = Arrays.copyOf(block, length);
            assertThatThrownBy(() -> Tr34.unwrap(truncated, krd.privateKey(), kdh.certificate(), NONCE))
                    .as("truncated to %d bytes", length).isInstanceOf(InvalidInputException.class);
        }
        byte[] lastByteMissing = Arrays.copyOf(block, block.length - 1);
        assertThatThrownBy(() -> Tr34.unwrap(lastByteMissing, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesGarbage() {
        List<byte[]> garbage = new ArrayList<>(List.of(new byte[0], new byte[] {0x30}, new byte[] {0x30, (byte) 0x84,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, "not a key block".getBytes(StandardCharsets.UTF_8),
                Hex.decode("3003020101")));
        for (int length : new int[] {1, 17, 256, 1500}) {
            garbage.add(randomBytes(length));
        }
        for (byte[] input : garbage) {
            assertThatThrownBy(() -> Tr34.unwrap(input, krd.privateKey(), kdh.certificate(), NONCE))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> Tr34.unwrap(null, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAnEncryptedHeaderThatDiffersFromTheSignedOne() throws Exception {
        SecretBytes key = generator.tdes(16);
        byte[] signedHeader = "D0016K0TB00E0000".getBytes(StandardCharsets.US_ASCII);
        byte[] encryptedHeader = "D0016K0TB00N0000".getBytes(StandardCharsets.US_ASCII);
        byte[] block = bouncyCastleToken(new Contents(issuerAndSerial(kdh.certificate()), key.copy(), encryptedHeader,
                signedHeader), 'T', Tr34.OaepHash.SHA_256, true, NONCE);
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("header");
    }

    @Test
    void refusesAKeyBlockNamingAnotherKdh() throws Exception {
        byte[] header = "D0016K0TB00E0000".getBytes(StandardCharsets.US_ASCII);
        byte[] block = bouncyCastleToken(new Contents(issuerAndSerial(kdh3072.certificate()),
                generator.tdes(16).copy(), header, header), 'T', Tr34.OaepHash.SHA_256, true, NONCE);
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("KDH");
    }

    @Test
    void refusesAKeyThatDoesNotFitTheHeaderAlgorithm() throws Exception {
        byte[] header = "D0016K0TB00E0000".getBytes(StandardCharsets.US_ASCII);
        byte[] block = bouncyCastleToken(new Contents(issuerAndSerial(kdh.certificate()), generator.aes(32).copy(),
                header, header), 'T', Tr34.OaepHash.SHA_256, true, NONCE);
        assertThatThrownBy(() -> Tr34.unwrap(block, krd.privateKey(), kdh.certificate(), NONCE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("length");
    }

    @Test
    void refusesOaepWithSha1OrWithALabel() throws Exception {
        Contents contents = new Contents(issuerAndSerial(kdh.certificate()), generator.tdes(16).copy(),
                "D0016K0TB00E0000".getBytes(StandardCharsets.US_ASCII),
                "D0016K0TB00E0000".getBytes(StandardCharsets.US_ASCII));
        for (boolean awsLayout : new boolean[] {true, false}) {
            byte[] sha1 = bouncyCastleToken(contents, 'T', OAEPParameterSpec.DEFAULT, awsLayout, NONCE);
            assertThatThrownBy(() -> Tr34.unwrap(sha1, krd.privateKey(), kdh.certificate(), NONCE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("SHA-256 or SHA-512");
            byte[] labelled = bouncyCastleToken(contents, 'T', new OAEPParameterSpec("SHA-256", "MGF1",
                    MGF1ParameterSpec.SHA256, new PSource.PSpecified(new byte[] {1})), awsLayout, NONCE);
            assertThatThrownBy(() -> Tr34.unwrap(labelled, krd.privateKey(), kdh.certificate(), NONCE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("label");
        }
    }

    @Test
    void refusesToWrapWhatTr34CannotCarry() {
        assertThatThrownBy(() -> wrap(TDES_HEADER, generator.aes(32), NONCE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> wrap(new Tr31Header('D', "M7", 'H', 'C', "00", 'E', List.of()),
                generator.hmac(32), NONCE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> wrap(TDES_HEADER, generator.tdes(16), new byte[7]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> wrap(TDES_HEADER, generator.tdes(16), new byte[17]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Tr34.wrap(kdh3072.privateKey(), kdh.certificate(), krd.certificate(), TDES_HEADER,
                generator.tdes(16), NONCE, Tr34.OaepHash.SHA_256, random))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not belong");
    }

    /** Every single-byte change either fails with a typed exception or leaves the answer exactly as it was. */
    @Test
    void neverAnswersWronglyWhateverByteIsChanged() {
        SecretBytes key = generator.tdes(16);
        byte[] block = tdesBlock(key);
        String keyHex = Hex.encode(key.copy());
        for (int position = 0; position < block.length; position++) {
            byte[] changed = block.clone();
            changed[position] ^= (byte) (1 << (position % 8));
            try {
                Tr34Unwrapped unwrapped = Tr34.unwrap(changed, krd.privateKey(), kdh.certificate(), NONCE);
                assertThat(unwrapped.key()).as("byte %d changed", position).isEqualTo(key);
                assertThat(unwrapped.header()).as("byte %d changed", position).isEqualTo(TDES_HEADER);
            } catch (CryptoException e) {
                assertThat(e.getMessage()).doesNotContain(keyHex);
            }
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    private static byte[] tdesBlock(SecretBytes key) {
        return wrap(TDES_HEADER, key, NONCE);
    }

    private static byte[] wrap(Tr31Header header, SecretBytes key, byte[] nonce) {
        return Tr34.wrap(kdh.privateKey(), kdh.certificate(), krd.certificate(), header, key, nonce,
                Tr34.OaepHash.SHA_256, random);
    }

    /** What a test token's clear key block holds, and the header its KDH signs (normally the same). */
    private record Contents(IssuerAndSerialNumber kdh, byte[] key, byte[] encryptedHeader, byte[] signedHeader) {
    }

    /**
     * A token built with Bouncy Castle's CMS generators (key transport, content encryption, signing) around a clear
     * key block put together here; in AWS layout it is then rearranged as the AWS samples do before it is signed.
     */
    private static byte[] bouncyCastleToken(Contents contents, char algorithm, Tr34.OaepHash hash, boolean awsLayout,
                                            byte[] nonce) throws Exception {
        String digest = hash == Tr34.OaepHash.SHA_256 ? "SHA-256" : "SHA-512";
        MGF1ParameterSpec mgf = hash == Tr34.OaepHash.SHA_256 ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA512;
        return bouncyCastleToken(contents, algorithm, new OAEPParameterSpec(digest, "MGF1", mgf,
                PSource.PSpecified.DEFAULT), awsLayout, nonce);
    }

    private static byte[] bouncyCastleToken(Contents contents, char algorithm, OAEPParameterSpec oaepSpec,
                                            boolean awsLayout, byte[] nonce) throws Exception {
        byte[] clearKeyBlock = new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), contents.kdh(),
                new DEROctetString(contents.key()), new DERSequence(new ASN1Encodable[] {PKCSObjectIdentifiers.data,
                        new DERSet(new DEROctetString(contents.encryptedHeader()))})}).getEncoded(ASN1Encoding.DER);
        AlgorithmIdentifier oaep = new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(
                PKCSObjectIdentifiers.id_RSAES_OAEP, oaepSpec);
        CMSEnvelopedDataGenerator envelopes = new CMSEnvelopedDataGenerator();
        envelopes.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(krd.certificate(), oaep));
        CMSEnvelopedData enveloped = envelopes.generate(new CMSProcessableByteArray(clearKeyBlock),
                new JceCMSContentEncryptorBuilder(algorithm == 'A' ? CMSAlgorithm.AES128_CBC : CMSAlgorithm.DES_EDE3_CBC)
                        .setSecureRandom(random).build());
        EnvelopedData envelopedData = EnvelopedData.getInstance(enveloped.toASN1Structure().getContent());
        byte[] envelope = awsLayout ? cmsEnvelopeAsAws(envelopedData) : envelopedData.getEncoded(ASN1Encoding.DER);

        CMSAttributeTableGenerator tr34Attributes = parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(Tr34KeyBlock.RANDOM_NONCE, new DERSet(new DEROctetString(nonce))));
            attributes.add(new Attribute(PKCSObjectIdentifiers.data,
                    new DERSet(new DEROctetString(contents.signedHeader()))));
            attributes.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            return new AttributeTable(attributes);
        };
        CMSSignedDataGenerator signer = new CMSSignedDataGenerator();
        signer.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(tr34Attributes)
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(kdh.privateKey()), kdh.certificate()));
        return signer.generate(new CMSProcessableByteArray(PKCSObjectIdentifiers.envelopedData, envelope), true)
                .getEncoded();
    }

    /**
     * AWS's envelope rearranged as RFC 5652 wants it: fields wrapped in a SEQUENCE, the OAEP parameters tagged
     * [0] [1] [2] (RFC 8017), the encrypted content moved out of the algorithm identifier.
     */
    private static EnvelopedData awsEnvelopeAsCms(byte[] envelope) throws Exception {
        List<ASN1Primitive> fields = derElements(envelope);
        assertThat(fields).hasSize(3);
        KeyTransRecipientInfo keyTransport = KeyTransRecipientInfo.getInstance(
                ASN1Set.getInstance(fields.get(1)).getObjectAt(0));
        ASN1Sequence untagged = ASN1Sequence.getInstance(keyTransport.getKeyEncryptionAlgorithm().getParameters());
        RSAESOAEPparams tagged = new RSAESOAEPparams(AlgorithmIdentifier.getInstance(untagged.getObjectAt(0)),
                AlgorithmIdentifier.getInstance(untagged.getObjectAt(1)),
                AlgorithmIdentifier.getInstance(untagged.getObjectAt(2)));
        KeyTransRecipientInfo standard = new KeyTransRecipientInfo(keyTransport.getRecipientIdentifier(),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, tagged), keyTransport.getEncryptedKey());
        ASN1Sequence cipher = ASN1Sequence.getInstance(ASN1Sequence.getInstance(fields.get(2)).getObjectAt(1));
        EncryptedContentInfo content = new EncryptedContentInfo(PKCSObjectIdentifiers.data,
                new AlgorithmIdentifier(ASN1ObjectIdentifier.getInstance(cipher.getObjectAt(0)), cipher.getObjectAt(1)),
                ASN1OctetString.getInstance((ASN1TaggedObject) cipher.getObjectAt(2), false));
        return new EnvelopedData(null, new DERSet(new RecipientInfo(standard)), content, (ASN1Set) null);
    }

    /** The inverse, as the AWS samples build it: bare fields, untagged OAEP parameters, content in the algorithm. */
    private static byte[] cmsEnvelopeAsAws(EnvelopedData envelopedData) throws Exception {
        KeyTransRecipientInfo keyTransport = KeyTransRecipientInfo.getInstance(
                RecipientInfo.getInstance(envelopedData.getRecipientInfos().getObjectAt(0)).getInfo());
        RSAESOAEPparams tagged = RSAESOAEPparams.getInstance(keyTransport.getKeyEncryptionAlgorithm().getParameters());
        KeyTransRecipientInfo untagged = new KeyTransRecipientInfo(keyTransport.getRecipientIdentifier(),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, new DERSequence(new ASN1Encodable[] {
                        tagged.getHashAlgorithm(), tagged.getMaskGenAlgorithm(), tagged.getPSourceAlgorithm()})),
                keyTransport.getEncryptedKey());
        EncryptedContentInfo content = envelopedData.getEncryptedContentInfo();
        AlgorithmIdentifier cipher = content.getContentEncryptionAlgorithm();
        DERSequence contentInfo = new DERSequence(new ASN1Encodable[] {PKCSObjectIdentifiers.data,
                new DERSequence(new ASN1Encodable[] {cipher.getAlgorithm(), cipher.getParameters(),
                        new DERTaggedObject(false, 0, content.getEncryptedContent())})});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(envelopedData.getVersion().getEncoded(ASN1Encoding.DER));
        out.writeBytes(new DERSet(untagged).getEncoded(ASN1Encoding.DER));
        out.writeBytes(contentInfo.getEncoded(ASN1Encoding.DER));
        return out.toByteArray();
    }

    private static String signedHeader(byte[] block) {
        return new String(Tr34KeyBlock.parse(block).attributes().header(), StandardCharsets.US_ASCII);
    }

    private static byte[] attributeOctets(AttributeTable attributes, ASN1ObjectIdentifier type) {
        return ASN1OctetString.getInstance(attributes.get(type).getAttrValues().getObjectAt(0)).getOctets();
    }

    private static IssuerAndSerialNumber issuerAndSerial(X509Certificate certificate) {
        return new IssuerAndSerialNumber(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()),
                certificate.getSerialNumber());
    }

    private static ASN1Encodable explicit(ASN1Encodable tagged) {
        return ((ASN1TaggedObject) tagged).getExplicitBaseObject();
    }

    private static List<ASN1Primitive> derElements(byte[] bytes) throws Exception {
        List<ASN1Primitive> elements = new ArrayList<>();
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            for (ASN1Primitive element = in.readObject(); element != null; element = in.readObject()) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String hex(ASN1Encodable value) throws Exception {
        return Hex.encode(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
    }

    /** The ASC X9 sample certificates repeat extensions, which only Bouncy Castle's factory can be told to allow. */
    private static X509Certificate sampleCertificate(String base64) throws Exception {
        org.bouncycastle.util.Properties.setThreadOverride("org.bouncycastle.x509.ignore_repeated_extensions", true);
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", new BouncyCastleProvider())
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } finally {
            org.bouncycastle.util.Properties.removeThreadOverride("org.bouncycastle.x509.ignore_repeated_extensions");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
