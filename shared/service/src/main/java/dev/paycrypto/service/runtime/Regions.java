package dev.paycrypto.service.runtime;

import java.util.Optional;

/**
 * The services of the other Regions this deployment reaches, for multi-Region key replication: locally every
 * Region the runtime serves; deployed, none yet (each Region is its own stack, and replication between stacks
 * is not configured), so replication to a Region it cannot reach fails with a status saying so.
 */
@FunctionalInterface
public interface Regions {

    /** Reaches no other Region. */
    Regions NONE = region -> Optional.empty();

    Optional<Services> of(String region);
}
