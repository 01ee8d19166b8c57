package dev.paycrypto.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The access keys the local runtime accepts, each with its secret and the account it acts as. */
public final class Credentials {

    /** One access key. */
    public record Entry(String accessKeyId, String secretAccessKey, String account) {
        @Override
        public String toString() {
            return "Entry[" + accessKeyId + ", account " + account + "]";
        }
    }

    private final Map<String, Entry> byAccessKey = new LinkedHashMap<>();

    /** Parses {@code AKID:SECRET:ACCOUNT} entries separated by commas. */
    public static Credentials parse(String spec) {
        Credentials credentials = new Credentials();
        for (String item : spec.split(",")) {
            String[] parts = item.trim().split(":");
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].matches("[0-9]{12}")) {
                throw new IllegalArgumentException("Credentials are ACCESS_KEY:SECRET:ACCOUNT (a 12-digit account)");
            }
            credentials.byAccessKey.put(parts[0], new Entry(parts[0], parts[1], parts[2]));
        }
        return credentials;
    }

    /** The accounts the configured access keys act as, each once. */
    public List<String> accounts() {
        return byAccessKey.values().stream().map(Entry::account).distinct().toList();
    }

    public Optional<Entry> find(String accessKeyId) {
        return Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    public Entry first() {
        return byAccessKey.values().iterator().next();
    }
}
