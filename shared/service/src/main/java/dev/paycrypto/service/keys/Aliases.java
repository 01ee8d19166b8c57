package dev.paycrypto.service.keys;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.service.runtime.Call;

/** What the alias operations share: finding an alias, checking its target, and the {@code Alias} shape. */
public final class Aliases {

    public static final int MAX_ATTEMPTS = 20;

    private Aliases() {
    }

    public static AliasRecord find(Call call, String aliasName) {
        return call.services().keyStore().findAlias(call.account(), aliasName)
                .orElseThrow(() -> new ResourceNotFoundException("Alias " + aliasName + " not found", aliasName));
    }

    /** The request's {@code KeyArn}, which must name an existing key of the caller; null if absent. */
    public static String targetKeyArn(Call call) {
        return call.input().optionalString("KeyArn").map(arn -> call.keys().resolve(arn).keyArn()).orElse(null);
    }

    public static ObjectNode aliasResponse(String aliasName, String keyArn) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("Alias", alias(aliasName, keyArn));
        return response;
    }

    public static ObjectNode alias(String aliasName, String keyArn) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("AliasName", aliasName);
        if (keyArn != null) {
            node.put("KeyArn", keyArn);
        }
        return node;
    }
}
