package dev.paycrypto.app.tags;

import dev.paycrypto.api.control.ListTagsForResourceInput;
import dev.paycrypto.api.control.ListTagsForResourceOutput;
import dev.paycrypto.api.control.Tag;
import dev.paycrypto.api.control.TagResourceInput;
import dev.paycrypto.api.control.TagResourceOutput;
import dev.paycrypto.api.control.UntagResourceInput;
import dev.paycrypto.api.control.UntagResourceOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.keys.StoredKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The tags of a key: added or replaced, removed, and listed; at most {@value KeyShapes#MAX_TAGS} a key. */
public final class Tags {

    private final KeySources keys;
    private final KeyChanges changes;

    public Tags(KeySources keys, KeyChanges changes) {
        this.keys = keys;
        this.changes = changes;
    }

    public TagResourceOutput tag(TagResourceInput request, CallContext context) {
        Map<String, String> added = KeyShapes.tags(request.tags(), "Tags");
        if (added.isEmpty()) {
            throw new ValidationException("Tags must name at least one tag");
        }
        change(context, request.resourceArn(), tags -> {
            tags.putAll(added);
            KeyShapes.requireTagLimit(tags.size());
        });
        return new TagResourceOutput();
    }

    public UntagResourceOutput untag(UntagResourceInput request, CallContext context) {
        List<String> removed = request.tagKeys();
        if (removed.isEmpty()) {
            throw new ValidationException("TagKeys must name at least one tag key");
        }
        change(context, request.resourceArn(), tags -> removed.forEach(tags::remove));
        return new UntagResourceOutput();
    }

    public ListTagsForResourceOutput list(ListTagsForResourceInput request, CallContext context) {
        StoredKey key = keys.resolver(context).resolve(request.resourceArn());
        KeyChanges.requireManageable(key);
        return new ListTagsForResourceOutput(
                key.tags().entrySet().stream().map(tag -> new Tag(tag.getKey(), tag.getValue())).toList(), null);
    }

    private void change(CallContext context, String resourceArn, Consumer<Map<String, String>> change) {
        changes.manage(context, resourceArn, key -> {
            Map<String, String> tags = new LinkedHashMap<>(key.tags());
            change.accept(tags);
            return key.toBuilder().tags(tags).build();
        });
    }
}
