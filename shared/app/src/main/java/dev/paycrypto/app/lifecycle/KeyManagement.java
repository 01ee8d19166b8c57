package dev.paycrypto.app.lifecycle;

import dev.paycrypto.api.control.CreateKeyInput;
import dev.paycrypto.api.control.CreateKeyOutput;
import dev.paycrypto.api.control.DeleteKeyInput;
import dev.paycrypto.api.control.DeleteKeyOutput;
import dev.paycrypto.api.control.GetKeyInput;
import dev.paycrypto.api.control.GetKeyOutput;
import dev.paycrypto.api.control.ListKeysInput;
import dev.paycrypto.api.control.ListKeysOutput;
import dev.paycrypto.api.control.RestoreKeyInput;
import dev.paycrypto.api.control.RestoreKeyOutput;
import dev.paycrypto.api.control.StartKeyUsageInput;
import dev.paycrypto.api.control.StartKeyUsageOutput;
import dev.paycrypto.api.control.StopKeyUsageInput;
import dev.paycrypto.api.control.StopKeyUsageOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.Pages;
import dev.paycrypto.app.replication.Replication;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyMaterials;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.Page;
import java.security.SecureRandom;
import java.util.List;

/** A key's life: creating, reading, listing, deleting and restoring keys, and starting and stopping their use. */
public final class KeyManagement {

    private final KeySources keys;
    private final KeyStore store;
    private final KeyIssuer issuer;
    private final KeyChanges changes;
    private final Replication replication;
    private final SecureRandom random;
    private final EventBus events;
    private final MultiPartyApproval approvals;

    public KeyManagement(KeySources keys, KeyStore store, KeyIssuer issuer, KeyChanges changes,
                         Replication replication, SecureRandom random, EventBus events,
                         MultiPartyApproval approvals) {
        this.keys = keys;
        this.store = store;
        this.issuer = issuer;
        this.changes = changes;
        this.replication = replication;
        this.random = random;
        this.events = events;
        this.approvals = approvals;
    }

    /**
     * CreateKey: a new key of generated material, replicated to the Regions the request names or else, for a
     * symmetric key, to the account's default Regions.
     */
    public CreateKeyOutput create(CreateKeyInput request, CallContext context) {
        KeyAttributes attributes = KeyShapes.attributes(request.keyAttributes(), "KeyAttributes");
        if (attributes.keyClass() == KeyClass.PUBLIC_KEY) {
            throw new ValidationException("CreateKey cannot create a PUBLIC_KEY; import public keys with ImportKey");
        }
        KeyUsage deriveKeyUsage = KeyShapes.usage(request.deriveKeyUsage());
        if (deriveKeyUsage != null && attributes.keyUsage() != KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT) {
            throw new ValidationException("DeriveKeyUsage applies only to TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT keys");
        }
        List<String> explicitRegions = request.replicationRegions() == null ? List.of() : request.replicationRegions();
        boolean symmetric = attributes.keyClass() == KeyClass.SYMMETRIC_KEY;
        if (!explicitRegions.isEmpty() && !symmetric) {
            throw new ValidationException("ReplicationRegions: only symmetric keys can be replicated");
        }
        KeyIssuer.NewKey spec = new KeyIssuer.NewKey(attributes, request.exportable(),
                request.enabled() == null || request.enabled(), KeyOrigin.AWS_PAYMENT_CRYPTOGRAPHY,
                request.keyCheckValueAlgorithm(), deriveKeyUsage, KeyShapes.tags(request.tags(), "Tags"));
        StoredKey key = issuer.issue(context, spec, KeyMaterials.generate(attributes, random));
        // explicit Regions, else the account's defaults (which apply to symmetric keys only)
        List<String> regions = explicitRegions.isEmpty() && symmetric ? replication.defaults(context) : explicitRegions;
        if (!regions.isEmpty()) {
            key = replication.addRegions(context, key.keyArn(), regions, explicitRegions.isEmpty());
        }
        return new CreateKeyOutput(KeyShapes.key(key));
    }

    /** GetKey: the key, whatever its state. */
    public GetKeyOutput get(GetKeyInput request, CallContext context) {
        return new GetKeyOutput(approvals.describe(keys.resolver(context).resolve(request.keyIdentifier()), context));
    }

    /** ListKeys: the caller's keys in this Region, of one state if asked, a page at a time. */
    public ListKeysOutput list(ListKeysInput request, CallContext context) {
        Page<StoredKey> page = Pages.read(() -> store.listKeys(context.account(), request.keyState(),
                Pages.maxResults(request.maxResults()), request.nextToken()));
        return new ListKeysOutput(page.items().stream().map(KeyShapes::summary).toList(), page.nextToken());
    }

    /** DeleteKey: schedules the deletion after a waiting period, during which RestoreKey takes it back. */
    public DeleteKeyOutput delete(DeleteKeyInput request, CallContext context) {
        int days = request.deleteKeyInDays() == null ? KeyLifecycle.DEFAULT_DELETE_DAYS : request.deleteKeyInDays();
        StoredKey pending = changes.manage(context, request.keyIdentifier(),
                key -> KeyLifecycle.scheduleDeletion(key, context.now(), days));
        events.publish(KeyEvents.deletionScheduled(pending, context.region(), context.now()));
        return new DeleteKeyOutput(KeyShapes.key(pending));
    }

    public RestoreKeyOutput restore(RestoreKeyInput request, CallContext context) {
        return new RestoreKeyOutput(KeyShapes.key(changes.change(context, request.keyIdentifier(), key -> {
            if (key.keyState() != KeyState.DELETE_PENDING) {
                throw new ConflictException("Key " + key.keyArn() + " is not pending deletion");
            }
            return KeyLifecycle.restore(key);
        })));
    }

    public StartKeyUsageOutput startUsage(StartKeyUsageInput request, CallContext context) {
        StoredKey started = changes.manage(context, request.keyIdentifier(),
                key -> KeyLifecycle.startUsage(key, context.now()));
        replication.propagate(started, context);
        return new StartKeyUsageOutput(KeyShapes.key(started));
    }

    /** StopKeyUsage; a primary's replicas stop with it (User Guide, "Disabling Multi-Region key replication"). */
    public StopKeyUsageOutput stopUsage(StopKeyUsageInput request, CallContext context) {
        StoredKey stopped = changes.manage(context, request.keyIdentifier(),
                key -> KeyLifecycle.stopUsage(key, context.now()));
        replication.propagate(stopped, context);
        return new StopKeyUsageOutput(KeyShapes.key(stopped));
    }
}
