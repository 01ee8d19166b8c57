// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code PaddingType}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum PaddingType {
    PKCS1,
    OAEP_SHA1,
    OAEP_SHA256,
    OAEP_SHA512
}
