// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

/**
 * {@code MpaOperation}, an enum of the control-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum MpaOperation {
    IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE
}
