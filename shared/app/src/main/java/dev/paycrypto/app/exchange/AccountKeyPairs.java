package dev.paycrypto.app.exchange;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.StoredKey;

/** The account's own key pairs a TR-34 exchange names (the KRD key on import, the KDH key on export). */
final class AccountKeyPairs {

    private AccountKeyPairs() {
    }

    /** The key pair {@code identifier} names, usable now for {@code row}; {@code field} names it in a refusal. */
    static StoredKey usable(KeySources keys, CallContext context, String identifier, KeyRequirements row,
                            String field) {
        StoredKey key = keys.usable(context, identifier, row.requirement());
        if (key.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR) {
            throw new ValidationException(field + " must name a key pair of the account");
        }
        return key;
    }
}
