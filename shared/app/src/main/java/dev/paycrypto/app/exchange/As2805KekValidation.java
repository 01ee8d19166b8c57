package dev.paycrypto.app.exchange;

import dev.paycrypto.api.data.GenerateAs2805KekValidationInput;
import dev.paycrypto.api.data.GenerateAs2805KekValidationOutput;
import dev.paycrypto.api.data.KekValidationRequest;
import dev.paycrypto.api.data.KekValidationResponse;
import dev.paycrypto.api.data.RandomKeyMaxLength;
import dev.paycrypto.api.data.RandomKeySendVariantMask;
import dev.paycrypto.api.data.SymmetricKeyAlgorithm;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.as2805.As2805;
import java.security.SecureRandom;

/**
 * GenerateAs2805KekValidation (User Guide, "AS2805"): proves that two nodes share a KEK. As the sending node
 * ({@code KekValidationRequest}, under the KEK(s), which needs Wrap) the service makes a fresh random key RND and
 * returns KRs to send and KRr to compare with the partner's answer; as the receiving node
 * ({@code KekValidationResponse}, under the KEK(r), which needs Unwrap) it answers the partner's KRs with KRr.
 * {@link As2805} has the construction (AWS's sample, variant masks 82 and 84). Served: {@code VARIANT_MASK_82}
 * with a 16-byte random key ({@code TDES_2KEY}), what the sample anchors; {@code VARIANT_MASK_82C0} and 8- or
 * 24-byte random keys are refused, since no public material fixes them.
 */
public final class As2805KekValidation {

    private static final int RANDOM_KEY_BYTES = 16;

    private final KeySources keys;
    private final SecureRandom random;

    public As2805KekValidation(KeySources keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public GenerateAs2805KekValidationOutput generate(GenerateAs2805KekValidationInput request,
                                                      CallContext context) {
        if (request.randomKeySendVariantMask() != RandomKeySendVariantMask.VARIANT_MASK_82) {
            throw new ValidationException("RandomKeySendVariantMask " + request.randomKeySendVariantMask()
                    + " is not available on this server: public material does not fix its variant mask;"
                    + " use VARIANT_MASK_82");
        }
        if (request.kekValidationType() instanceof KekValidationRequest validation) {
            requireAnchoredLength(validation);
            try (UsableKey kek = keys.symmetric(context, request.keyIdentifier(), KeyRequirements.AS2805_KEK_WRAP);
                 SecretBytes rnd = randomKey()) {
                As2805.KekValidation values = As2805.kekValidationRequest(kek.key(), rnd);
                return new GenerateAs2805KekValidationOutput(kek.keyArn(), kek.keyCheckValue(),
                        Hex.encode(values.randomKeySend()), Hex.encode(values.randomKeyReceive()));
            }
        }
        String randomKeySend = ((KekValidationResponse) request.kekValidationType()).randomKeySend();
        if (randomKeySend.length() != RANDOM_KEY_BYTES * 2) {
            throw new ValidationException("KekValidationType.KekValidationResponse.RandomKeySend has "
                    + randomKeySend.length() + " hexadecimal characters; this server answers 32 (a 16-byte random"
                    + " key, the length public material anchors)");
        }
        try (UsableKey kek = keys.symmetric(context, request.keyIdentifier(), KeyRequirements.AS2805_KEK_UNWRAP)) {
            byte[] answer = As2805.kekValidationResponse(kek.key(), Hex.decode(randomKeySend));
            return new GenerateAs2805KekValidationOutput(kek.keyArn(), kek.keyCheckValue(),
                    randomKeySend.toUpperCase(), Hex.encode(answer));
        } catch (CryptoException e) {
            throw new ValidationException("KekValidationType.KekValidationResponse.RandomKeySend: " + e.getMessage());
        }
    }

    /** Only a 16-byte (TDES_2KEY) random key is anchored by public material. */
    private static void requireAnchoredLength(KekValidationRequest validation) {
        String field = "KekValidationType.KekValidationRequest";
        if (validation.deriveKeyAlgorithm() != SymmetricKeyAlgorithm.TDES_2KEY) {
            throw new ValidationException(field + ".DeriveKeyAlgorithm " + validation.deriveKeyAlgorithm()
                    + " is not available on this server: public material anchors TDES_2KEY random keys only");
        }
        RandomKeyMaxLength length = validation.randomKeyMaxLength();
        if (length != null && length != RandomKeyMaxLength.BYTES_16) {
            throw new ValidationException(field + ".RandomKeyMaxLength " + length
                    + " is not available on this server: public material anchors 16-byte random keys only");
        }
    }

    private SecretBytes randomKey() {
        byte[] bytes = new byte[RANDOM_KEY_BYTES];
        random.nextBytes(bytes);
        try {
            return SecretBytes.of(bytes);
        } finally {
            SecretBytes.wipeAll(bytes);
        }
    }
}
