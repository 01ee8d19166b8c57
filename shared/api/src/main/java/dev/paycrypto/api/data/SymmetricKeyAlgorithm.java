// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code SymmetricKeyAlgorithm}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum SymmetricKeyAlgorithm {
    TDES_2KEY,
    TDES_3KEY,
    AES_128,
    AES_192,
    AES_256,
    HMAC_SHA256,
    HMAC_SHA384,
    HMAC_SHA512,
    HMAC_SHA224
}
