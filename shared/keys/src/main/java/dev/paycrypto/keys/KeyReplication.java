package dev.paycrypto.keys;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-Region key's place in its set: the primary (with the status of its replica in each Region) or a replica
 * (with its primary's Region). Replicas are read-only copies of the primary's material, re-sealed under their own
 * Region's storage key. A key with no replication is single-Region.
 */
public record KeyReplication(Role role, String primaryRegion, Map<String, RegionStatus> regions,
                             boolean usingDefaultRegions) {

    /** The {@code MultiRegionKeyType} of the API. */
    public enum Role {
        PRIMARY, REPLICA
    }

    /**
     * The {@code KeyReplicationState} of one Region: asked for and not yet made ({@code IN_PROGRESS}), asked to go
     * ({@code DELETE_IN_PROGRESS}), made ({@code SYNCHRONIZED}) or not made ({@code FAILED}).
     */
    public enum State {
        IN_PROGRESS, DELETE_IN_PROGRESS, FAILED, SYNCHRONIZED
    }

    /** The {@code ReplicationStatus} of one Region: its state, and why, when it failed. */
    public record RegionStatus(State status, String message) {
        public RegionStatus {
            Objects.requireNonNull(status, "status");
        }
    }

    public KeyReplication {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(primaryRegion, "primaryRegion");
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions == null ? Map.of() : regions));
    }

    /** This replication with one Region's status set (added or replaced). */
    public KeyReplication withRegion(String region, RegionStatus status) {
        Map<String, RegionStatus> changed = new LinkedHashMap<>(regions);
        changed.put(region, status);
        return new KeyReplication(role, primaryRegion, changed, usingDefaultRegions);
    }

    /** This replication without one Region. */
    public KeyReplication withoutRegion(String region) {
        Map<String, RegionStatus> changed = new LinkedHashMap<>(regions);
        changed.remove(region);
        return new KeyReplication(role, primaryRegion, changed, usingDefaultRegions);
    }

    /** One line of text for the stores: role;primary;defaults;region=status[:message];... */
    public String encode() {
        StringBuilder text = new StringBuilder().append(role).append(';').append(primaryRegion).append(';')
                .append(usingDefaultRegions);
        regions.forEach((region, status) -> {
            text.append(';').append(region).append('=').append(status.status());
            if (status.message() != null) {
                text.append(':').append(URLEncoder.encode(status.message(), StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }

    public static KeyReplication decode(String text) {
        String[] parts = text.split(";");
        Map<String, RegionStatus> regions = new LinkedHashMap<>();
        for (int i = 3; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            String value = parts[i].substring(equals + 1);
            int colon = value.indexOf(':');
            regions.put(parts[i].substring(0, equals), colon < 0 ? new RegionStatus(State.valueOf(value), null)
                    : new RegionStatus(State.valueOf(value.substring(0, colon)),
                    URLDecoder.decode(value.substring(colon + 1), StandardCharsets.UTF_8)));
        }
        return new KeyReplication(Role.valueOf(parts[0]), parts[1], regions, Boolean.parseBoolean(parts[2]));
    }
}
