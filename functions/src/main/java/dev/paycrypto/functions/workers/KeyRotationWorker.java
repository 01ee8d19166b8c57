package dev.paycrypto.functions.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.UniqueIds;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyMaterials;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.service.runtime.Services;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code Key Rotation Requested} (detail {@code {"aliasName": "alias/..."}}): a new key with the attributes,
 * exportability, check-value algorithm and tags of the alias's key, fresh material, and the alias moved to it. The
 * previous key is left as it is — enabled and usable, so data protected under it still opens — until someone
 * deletes it. Idempotent without a separate record: the new key's id is derived from the event id, so a
 * redelivered event finds the key it already made (creating a key is conditional on its id being new) and only
 * completes the alias move. Publishes {@code Key Rotated}.
 *
 * <p>Refused: an event without a well-formed {@code aliasName}, and an alias that names a key outside the event's
 * account and Region, a key that does not exist, a replica, or a key pending deletion (rotating it would hand the
 * alias's users a fresh key in place of one its owner is deleting). An alias that names no key is skipped quietly:
 * there is nothing to rotate.
 */
public final class KeyRotationWorker extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotationWorker.class);

    public KeyRotationWorker() {
        super(DetailType.KEY_ROTATION_REQUESTED);
    }

    public KeyRotationWorker(Services services) {
        super(DetailType.KEY_ROTATION_REQUESTED, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        String aliasName = aliasName(event);
        Optional<AliasRecord> alias = services.keyStore().findAlias(event.account(), aliasName);
        if (alias.isEmpty() || alias.get().keyArn() == null) {
            LOG.warn("rotation of {} skipped: the alias names no key", aliasName);
            return;
        }
        String newKeyId = KeyArns.derivedKeyId("rotation/" + event.account() + "/" + event.id());
        String newKeyArn = KeyArns.keyArn(event.region(), event.account(), newKeyId);
        if (newKeyArn.equals(alias.get().keyArn())) {
            return;  // a redelivery of a rotation that completed
        }
        StoredKey current = rotatableKey(event, services, aliasName, alias.get().keyArn());
        StoredKey rotated = services.keyStore().findKey(event.account(), newKeyId)
                .orElseGet(() -> create(event, services, current, newKeyId));
        services.keyStore().replaceAlias(alias.get().withKeyArn(rotated.keyArn()));
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("aliasName", aliasName);
        detail.put("previousKeyArn", current.keyArn());
        detail.put("keyArn", rotated.keyArn());
        detail.put("keyCheckValue", rotated.keyCheckValue());
        services.events().publish(new Event(UniqueIds.timeOrderedUuid(), DetailType.KEY_ROTATED,
                services.clock().instant(), event.region(), event.account(), List.of(rotated.keyArn()), detail));
        LOG.info("rotated {}: {} -> {}", aliasName, current.keyArn(), rotated.keyArn());
    }

    /** The alias name the event names: present, and spelt as the service spells alias names. */
    private static String aliasName(Event event) {
        JsonNode aliasName = event.detail().get("aliasName");
        if (aliasName == null || !aliasName.isTextual() || !KeyArns.isAliasName(aliasName.asText())) {
            throw new EventRefusedException("A Key Rotation Requested event names its aliasName (alias/...)");
        }
        return aliasName.asText();
    }

    /**
     * The key the alias names, if it may be rotated: a key of the event's account and Region (the alias is looked up
     * in that account, but what it names is only a string), there, not a replica and not pending deletion.
     */
    private static StoredKey rotatableKey(Event event, Services services, String aliasName, String keyArn) {
        KeyArns.KeyArn named = KeyArns.parseKeyArn(keyArn).orElseThrow(() ->
                new EventRefusedException("The alias " + aliasName + " names no key ARN"));
        if (!named.account().equals(event.account()) || !named.region().equals(event.region())) {
            throw new EventRefusedException("The alias " + aliasName + " names " + keyArn + ", not a key of account "
                    + event.account() + " in " + event.region());
        }
        StoredKey key = services.keyStore().findKey(event.account(), named.keyId()).orElseThrow(() ->
                new EventRefusedException("The alias " + aliasName + " names " + keyArn + ", which does not exist"));
        requireNotReplica(key);
        if (key.keyState() == KeyState.DELETE_PENDING) {
            throw new EventRefusedException("The alias " + aliasName + " names " + keyArn
                    + ", which is pending deletion");
        }
        return key;
    }

    private static StoredKey create(Event event, Services services, StoredKey current, String keyId) {
        CallContext context = new CallContext(event.account(), services.region(),
                services.clock().instant().truncatedTo(ChronoUnit.MILLIS), "paycrypto-key-rotation");
        KeyIssuer.NewKey spec = new KeyIssuer.NewKey(current.attributes(), current.exportable(), true,
                KeyOrigin.AWS_PAYMENT_CRYPTOGRAPHY, current.keyCheckValueAlgorithm(), current.deriveKeyUsage(),
                current.tags());
        return services.useCases().keyIssuer().issue(context, spec, KeyMaterials.generate(current.attributes(), services.random()), keyId);
    }
}
