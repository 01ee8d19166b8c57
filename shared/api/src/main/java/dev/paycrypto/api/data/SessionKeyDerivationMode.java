// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

/**
 * {@code SessionKeyDerivationMode}, an enum of the data-plane model: its constants are exactly the
 * model's values, and are written as they are named.
 */
public enum SessionKeyDerivationMode {
    EMV_COMMON_SESSION_KEY,
    EMV2000,
    AMEX,
    MASTERCARD_SESSION_KEY,
    VISA,
    UNION_PAY
}
