package dev.paycrypto.app.lifecycle;

import dev.paycrypto.api.control.GetKeyInput;
import dev.paycrypto.api.control.GetKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.app.keys.KeySources;

/** A key's life: creating, reading, listing, deleting and restoring keys, and starting and stopping their use. */
public final class KeyManagement {

    private final KeySources keys;

    public KeyManagement(KeySources keys) {
        this.keys = keys;
    }

    /** GetKey: the key, whatever its state. */
    public GetKeyOutput get(GetKeyInput request, CallContext context) {
        return new GetKeyOutput(KeyShapes.key(keys.resolver(context).resolve(request.keyIdentifier())));
    }
}
