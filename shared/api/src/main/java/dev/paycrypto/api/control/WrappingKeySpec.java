// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

/**
 * {@code WrappingKeySpec}, an enum of the control-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum WrappingKeySpec {
    RSA_OAEP_SHA_256,
    RSA_OAEP_SHA_512
}
