// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

/**
 * {@code As2805KeyVariant}, an enum of the control-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum As2805KeyVariant {
    TERMINAL_MAJOR_KEY_VARIANT_00,
    PIN_ENCRYPTION_KEY_VARIANT_28,
    MESSAGE_AUTHENTICATION_KEY_VARIANT_24,
    DATA_ENCRYPTION_KEY_VARIANT_22
}
