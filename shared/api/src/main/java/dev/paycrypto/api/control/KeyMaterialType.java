// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

/**
 * {@code KeyMaterialType}, an enum of the control-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum KeyMaterialType {
    TR34_KEY_BLOCK,
    TR31_KEY_BLOCK,
    ROOT_PUBLIC_KEY_CERTIFICATE,
    TRUSTED_PUBLIC_KEY_CERTIFICATE,
    KEY_CRYPTOGRAM
}
