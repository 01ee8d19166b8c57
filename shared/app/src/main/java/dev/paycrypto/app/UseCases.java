package dev.paycrypto.app;

import dev.paycrypto.app.aliases.Aliases;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.card.CardValidation;
import dev.paycrypto.app.emv.AuthorizationCryptograms;
import dev.paycrypto.app.emv.PinChangeScripts;
import dev.paycrypto.app.emv.SecureMessagingKeys;
import dev.paycrypto.app.encryption.DataEncryption;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.app.exchange.AccountAuthority;
import dev.paycrypto.app.exchange.As2805KekValidation;
import dev.paycrypto.app.exchange.Certificates;
import dev.paycrypto.app.exchange.ExchangeParameters;
import dev.paycrypto.app.exchange.ExchangeTokens;
import dev.paycrypto.app.exchange.KeyExport;
import dev.paycrypto.app.exchange.KeyImport;
import dev.paycrypto.app.exchange.KeyTranslation;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.app.lifecycle.KeyManagement;
import dev.paycrypto.app.policies.ResourcePolicies;
import dev.paycrypto.app.replication.Replication;
import dev.paycrypto.app.tags.Tags;
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
    private final KeyIssuer keyIssuer;
    private final KeyChanges keyChanges;
    private final Replication replication;
    private final KeyManagement keyManagement;
    private final Aliases aliases;
    private final Tags tags;
    private final ExchangeParameters exchangeParameters;
    private final Certificates certificates;
    private final KeyImport keyImport;
    private final KeyExport keyExport;
    private final KeyTranslation keyTranslation;
    private final As2805KekValidation as2805KekValidation;
    private final Pins pins;
    private final MessageAuthentication messageAuthentication;
    private final DataEncryption dataEncryption;
    private final AuthorizationCryptograms authorizationCryptograms;
    private final PinChangeScripts pinChangeScripts;
    private final ResourcePolicies resourcePolicies;
    private final MultiPartyApproval multiPartyApproval;

    public UseCases(KeyStore store, KeyMaterialSealer sealer, SecureRandom random, EventBus events,
                    EventScheduler scheduler) {
        this.keys = new KeySources(store, sealer);
        this.cardValidation = new CardValidation(keys);
        this.keyIssuer = new KeyIssuer(store, sealer, random);
        this.keyChanges = new KeyChanges(keys, store);
        this.replication = new Replication(store, keyChanges, events);
        this.multiPartyApproval = new MultiPartyApproval(store, random, events);
        this.keyManagement = new KeyManagement(keys, store, keyIssuer, keyChanges, replication, random, events,
                multiPartyApproval);
        this.aliases = new Aliases(keys, store);
        this.tags = new Tags(keys, keyChanges);
        AccountAuthority authority = new AccountAuthority(store, sealer, random);
        ExchangeTokens tokens = new ExchangeTokens(store, sealer, random, authority);
        this.exchangeParameters = new ExchangeParameters(tokens);
        this.certificates = new Certificates(keys, authority);
        this.keyImport = new KeyImport(keys, keyIssuer, tokens, multiPartyApproval);
        this.keyExport = new KeyExport(keys, tokens, random);
        this.keyTranslation = new KeyTranslation(keys, random);
        this.as2805KekValidation = new As2805KekValidation(keys, random);
        WorkingKeys workingKeys = new WorkingKeys(keys);
        EncryptedPinBlocks pinBlocks = new EncryptedPinBlocks(workingKeys, random);
        SecureMessagingKeys secureMessaging = new SecureMessagingKeys(workingKeys);
        this.pins = new Pins(workingKeys, pinBlocks, random);
        this.messageAuthentication = new MessageAuthentication(workingKeys, secureMessaging);
        this.dataEncryption = new DataEncryption(workingKeys, secureMessaging);
        this.authorizationCryptograms = new AuthorizationCryptograms(workingKeys);
        this.pinChangeScripts = new PinChangeScripts(workingKeys, pinBlocks, secureMessaging);
        this.resourcePolicies = new ResourcePolicies(keys, store);
    }

    public CardValidation cardValidation() {
        return cardValidation;
    }

    public KeyManagement keyManagement() {
        return keyManagement;
    }

    public Replication replication() {
        return replication;
    }

    public Aliases aliases() {
        return aliases;
    }

    public Tags tags() {
        return tags;
    }

    public ExchangeParameters exchangeParameters() {
        return exchangeParameters;
    }

    public Certificates certificates() {
        return certificates;
    }

    public KeyImport keyImport() {
        return keyImport;
    }

    public MultiPartyApproval multiPartyApproval() {
        return multiPartyApproval;
    }

    public KeyExport keyExport() {
        return keyExport;
    }

    public KeyTranslation keyTranslation() {
        return keyTranslation;
    }

    /** GenerateAs2805KekValidation. */
    public As2805KekValidation as2805KekValidation() {
        return as2805KekValidation;
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

    /** PutResourcePolicy, GetResourcePolicy, DeleteResourcePolicy. */
    public ResourcePolicies resourcePolicies() {
        return resourcePolicies;
    }

    /** How operations get at keys. */
    public KeySources keys() {
        return keys;
    }

    /** How new keys enter the store (the rotation worker's too). */
    public KeyIssuer keyIssuer() {
        return keyIssuer;
    }
}
