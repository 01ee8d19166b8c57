// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code MacAlgorithm}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum MacAlgorithm {
    ISO9797_ALGORITHM1,
    ISO9797_ALGORITHM3,
    CMAC,
    HMAC,
    HMAC_SHA224,
    HMAC_SHA256,
    HMAC_SHA384,
    HMAC_SHA512,
    AS2805_4_1
}
