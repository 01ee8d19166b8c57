// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code WrappedKeyMaterialFormat}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum WrappedKeyMaterialFormat {
    KEY_CRYPTOGRAM,
    TR31_KEY_BLOCK,
    TR34_KEY_BLOCK
}
