package dev.paycrypto.app;

import dev.paycrypto.app.card.CardValidation;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.lifecycle.KeyManagement;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.store.KeyStore;
import java.security.SecureRandom;

/**
 * The use cases of one Region, built once from its ports: what the functions call with a typed request and a
 * {@link CallContext}. Each capability is one class; this is where they are wired, and nothing else is.
 */
public final class UseCases {

    private final KeySources keys;
    private final CardValidation cardValidation;
    private final KeyManagement keyManagement;

    public UseCases(KeyStore store, KeyMaterialSealer sealer, SecureRandom random, EventBus events,
                    EventScheduler scheduler) {
        this.keys = new KeySources(store, sealer);
        this.cardValidation = new CardValidation(keys);
        this.keyManagement = new KeyManagement(keys);
    }

    public CardValidation cardValidation() {
        return cardValidation;
    }

    public KeyManagement keyManagement() {
        return keyManagement;
    }

    /** How operations get at keys. */
    public KeySources keys() {
        return keys;
    }
}
