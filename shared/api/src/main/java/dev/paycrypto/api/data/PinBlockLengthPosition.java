// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code PinBlockLengthPosition}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum PinBlockLengthPosition {
    NONE,
    FRONT_OF_PIN_BLOCK
}
