package dev.paycrypto.app;

import dev.paycrypto.app.card.CardValidation;
import dev.paycrypto.app.emv.AuthorizationCryptograms;
import dev.paycrypto.app.emv.PinChangeScripts;
import dev.paycrypto.app.emv.SecureMessagingKeys;
import dev.paycrypto.app.encryption.DataEncryption;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.app.lifecycle.KeyManagement;
import dev.paycrypto.app.mac.MessageAuthentication;
import dev.paycrypto.app.pin.EncryptedPinBlocks;
import dev.paycrypto.app.pin.Pins;
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
    private final Pins pins;
    private final MessageAuthentication messageAuthentication;
    private final DataEncryption dataEncryption;
    private final AuthorizationCryptograms authorizationCryptograms;
    private final PinChangeScripts pinChangeScripts;

    public UseCases(KeyStore store, KeyMaterialSealer sealer, SecureRandom random, EventBus events,
                    EventScheduler scheduler) {
        this.keys = new KeySources(store, sealer);
        this.cardValidation = new CardValidation(keys);
        this.keyManagement = new KeyManagement(keys);
        WorkingKeys workingKeys = new WorkingKeys(keys);
        EncryptedPinBlocks pinBlocks = new EncryptedPinBlocks(workingKeys, random);
        SecureMessagingKeys secureMessaging = new SecureMessagingKeys(workingKeys);
        this.pins = new Pins(workingKeys, pinBlocks, random);
        this.messageAuthentication = new MessageAuthentication(workingKeys, secureMessaging);
        this.dataEncryption = new DataEncryption(workingKeys, secureMessaging);
        this.authorizationCryptograms = new AuthorizationCryptograms(workingKeys);
        this.pinChangeScripts = new PinChangeScripts(workingKeys, pinBlocks, secureMessaging);
    }

    public CardValidation cardValidation() {
        return cardValidation;
    }

    public KeyManagement keyManagement() {
        return keyManagement;
    }

    /** GeneratePinData, VerifyPinData, TranslatePinData. */
    public Pins pins() {
        return pins;
    }

    /** GenerateMac, VerifyMac. */
    public MessageAuthentication messageAuthentication() {
        return messageAuthentication;
    }

    /** EncryptData, DecryptData, ReEncryptData. */
    public DataEncryption dataEncryption() {
        return dataEncryption;
    }

    /** GenerateAuthRequestCryptogram, VerifyAuthRequestCryptogram. */
    public AuthorizationCryptograms authorizationCryptograms() {
        return authorizationCryptograms;
    }

    /** GenerateMacEmvPinChange. */
    public PinChangeScripts pinChangeScripts() {
        return pinChangeScripts;
    }

    /** How operations get at keys. */
    public KeySources keys() {
        return keys;
    }
}
