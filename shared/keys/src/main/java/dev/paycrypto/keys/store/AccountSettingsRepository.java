package dev.paycrypto.keys.store;

import java.util.List;

/** An account's settings in one Region: the Regions its new keys are replicated to by default. */
public interface AccountSettingsRepository {

    /** The Regions an account replicates its new keys to by default (empty when none are enabled). */
    List<String> defaultReplicationRegions(String account);

    /** Replaces an account's default replication Regions. */
    void setDefaultReplicationRegions(String account, List<String> regions);
}
