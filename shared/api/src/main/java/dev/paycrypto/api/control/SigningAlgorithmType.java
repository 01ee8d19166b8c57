// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

/**
 * {@code SigningAlgorithmType}, an enum of the control-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum SigningAlgorithmType {
    SHA224,
    SHA256,
    SHA384,
    SHA512
}
