package dev.paycrypto.app.aliases;

import dev.paycrypto.api.control.Alias;
import dev.paycrypto.api.control.CreateAliasInput;
import dev.paycrypto.api.control.CreateAliasOutput;
import dev.paycrypto.api.control.DeleteAliasInput;
import dev.paycrypto.api.control.DeleteAliasOutput;
import dev.paycrypto.api.control.GetAliasInput;
import dev.paycrypto.api.control.GetAliasOutput;
import dev.paycrypto.api.control.ListAliasesInput;
import dev.paycrypto.api.control.ListAliasesOutput;
import dev.paycrypto.api.control.UpdateAliasInput;
import dev.paycrypto.api.control.UpdateAliasOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.Pages;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.StoreConflictException;

/** Aliases: friendly names of the caller's keys, created, read, pointed elsewhere, deleted and listed. */
public final class Aliases {

    static final int MAX_ATTEMPTS = 20;

    private final KeySources keys;
    private final KeyStore store;

    public Aliases(KeySources keys, KeyStore store) {
        this.keys = keys;
        this.store = store;
    }

    public CreateAliasOutput create(CreateAliasInput request, CallContext context) {
        String keyArn = targetKeyArn(context, request.keyArn());
        try {
            store.createAlias(new AliasRecord(context.account(), request.aliasName(), keyArn, 1));
        } catch (StoreConflictException e) {
            throw new ConflictException("Alias " + request.aliasName() + " already exists");
        }
        return new CreateAliasOutput(new Alias(request.aliasName(), keyArn));
    }

    public GetAliasOutput get(GetAliasInput request, CallContext context) {
        AliasRecord alias = find(context, request.aliasName());
        return new GetAliasOutput(new Alias(alias.aliasName(), alias.keyArn()));
    }

    /** UpdateAlias: points the alias at another key, or at none; retried over concurrent changes. */
    public UpdateAliasOutput update(UpdateAliasInput request, CallContext context) {
        String aliasName = request.aliasName();
        String keyArn = targetKeyArn(context, request.keyArn());
        for (int attempt = 0; ; attempt++) {
            AliasRecord alias = find(context, aliasName);
            try {
                store.replaceAlias(alias.withKeyArn(keyArn));
                return new UpdateAliasOutput(new Alias(aliasName, keyArn));
            } catch (StoreConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ConflictException("Alias " + aliasName + " is being changed concurrently; retry");
                }
            }
        }
    }

    public DeleteAliasOutput delete(DeleteAliasInput request, CallContext context) {
        if (!store.deleteAlias(context.account(), request.aliasName())) {
            throw notFound(request.aliasName());
        }
        return new DeleteAliasOutput();
    }

    public ListAliasesOutput list(ListAliasesInput request, CallContext context) {
        Page<AliasRecord> page = Pages.read(() -> store.listAliases(context.account(), request.keyArn(),
                Pages.maxResults(request.maxResults()), request.nextToken()));
        return new ListAliasesOutput(page.items().stream().map(a -> new Alias(a.aliasName(), a.keyArn())).toList(),
                page.nextToken());
    }

    private AliasRecord find(CallContext context, String aliasName) {
        return store.findAlias(context.account(), aliasName).orElseThrow(() -> notFound(aliasName));
    }

    /** The request's {@code KeyArn}, which must name an existing key of the caller; null if absent. */
    private String targetKeyArn(CallContext context, String keyArn) {
        return keyArn == null ? null : keys.resolver(context).resolve(keyArn).keyArn();
    }

    private static ResourceNotFoundException notFound(String aliasName) {
        return new ResourceNotFoundException("Alias " + aliasName + " not found", aliasName);
    }
}
