package dev.paycrypto.keys.store;

import java.util.Optional;

/**
 * The resource-based policies of one Region: at most one per key, under the key's account and id, kept as the JSON
 * text the owner gave. A put replaces; the policy goes with its key when the key is purged.
 */
public interface ResourcePolicyRepository {

    /** The policy attached to the key, if any. */
    Optional<String> findResourcePolicy(String account, String keyId);

    /** Attaches {@code policy} to the key, replacing any policy it had. */
    void putResourcePolicy(String account, String keyId, String policy);

    /** True if the key had a policy. */
    boolean deleteResourcePolicy(String account, String keyId);
}
