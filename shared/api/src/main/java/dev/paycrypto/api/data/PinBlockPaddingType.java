// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code PinBlockPaddingType}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum PinBlockPaddingType {
    NO_PADDING,
    ISO_IEC_7816_4
}
