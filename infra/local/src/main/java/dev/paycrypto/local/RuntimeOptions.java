package dev.paycrypto.local;

import dev.paycrypto.local.http.HttpFront;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the local runtime runs: from command-line options, else environment variables, else defaults.
 *
 * @param dataDirectory null for in-memory
 * @param template null for the template bundled with the runtime
 * @param regions the served Regions: a closed set, fixed at start
 * @param limits what the HTTP front takes from clients
 * @param maxDeadLetters how many dead letters are kept (the oldest go first)
 */
public record RuntimeOptions(String host, int port, Path dataDirectory, Credentials credentials, List<String> regions,
                             Path template, Clock clock, HttpFront.Limits limits, int maxDeadLetters) {

    public static final String DEFAULT_CREDENTIALS = "test:test:111122223333";
    public static final String DEFAULT_REGIONS = "us-east-1,us-east-2,us-west-2,eu-west-1";
    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_MAX_DEAD_LETTERS = 10_000;

    public RuntimeOptions {
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("--regions names at least one Region");
        }
        if (maxDeadLetters < 1) {
            throw new IllegalArgumentException("--max-dead-letters takes a positive number");
        }
    }

    public static final String USAGE = String.join("\n",
            "Usage: paycrypto-local [options]",
            "  --port N                 port to listen on (0 = any free port)     [PAYCRYPTO_PORT, default 8090]",
            "  --host ADDR              address to listen on, an IP address       [PAYCRYPTO_HOST, default 127.0.0.1]",
            "                           (0.0.0.0: every interface, as in a container)",
            "  --data-dir DIR           keys and master keys, one set per region  [PAYCRYPTO_DATA_DIR, default .paycrypto]",
            "  --in-memory              keep nothing on disk                      [PAYCRYPTO_IN_MEMORY=true]",
            "  --credentials LIST       AKID:SECRET:ACCOUNT,...                   [PAYCRYPTO_CREDENTIALS, default "
                    + DEFAULT_CREDENTIALS + "]",
            "  --regions LIST           regions served                            [PAYCRYPTO_REGIONS, default "
                    + DEFAULT_REGIONS + "]",
            "  --template FILE          the SAM template to serve                 [PAYCRYPTO_TEMPLATE, default template.yaml]",
            "  --max-body-bytes N       largest request body taken                [PAYCRYPTO_MAX_BODY_BYTES, default 1048576]",
            "  --header-timeout S       seconds for a request's headers to arrive [PAYCRYPTO_HEADER_TIMEOUT, default 10]",
            "  --body-timeout S         seconds for a request's body to arrive    [PAYCRYPTO_BODY_TIMEOUT, default 30]",
            "  --idle-timeout S         seconds an idle connection is kept        [PAYCRYPTO_IDLE_TIMEOUT, default 60]",
            "  --max-connections N      connections open at once                  [PAYCRYPTO_MAX_CONNECTIONS, default 256]",
            "  --max-dead-letters N     undeliverable events kept (oldest go)     [PAYCRYPTO_MAX_DEAD_LETTERS, default "
                    + DEFAULT_MAX_DEAD_LETTERS + "]",
            "  --help                   this text");

    /**
     * Options for tests: in memory, a free port, the default credentials plus a second account with two users,
     * default regions.
     */
    public static RuntimeOptions forTests(Path template, Clock clock) {
        return new RuntimeOptions("127.0.0.1", 0, null,
                Credentials.parse(DEFAULT_CREDENTIALS
                        + ",other:other-secret:444455556666,other2:other2-secret:444455556666"),
                List.of(DEFAULT_REGIONS.split(",")), template, clock, HttpFront.Limits.defaults(),
                DEFAULT_MAX_DEAD_LETTERS);
    }

    /** These options with other limits (tests of the bounds). */
    public RuntimeOptions withLimits(HttpFront.Limits other, int otherMaxDeadLetters) {
        return new RuntimeOptions(host, port, dataDirectory, credentials, regions, template, clock, other,
                otherMaxDeadLetters);
    }

    /** These options keeping keys in {@code directory}. */
    public RuntimeOptions withDataDirectory(Path directory) {
        return new RuntimeOptions(host, port, directory, credentials, regions, template, clock, limits,
                maxDeadLetters);
    }

    /** @throws IllegalArgumentException with a message for the user on a bad option */
    public static RuntimeOptions parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("PAYCRYPTO_PORT", String.valueOf(DEFAULT_PORT));
        String host = env.getOrDefault("PAYCRYPTO_HOST", DEFAULT_HOST);
        String dataDir = env.getOrDefault("PAYCRYPTO_DATA_DIR", ".paycrypto");
        boolean inMemory = "true".equalsIgnoreCase(env.get("PAYCRYPTO_IN_MEMORY"));
        String credentials = env.getOrDefault("PAYCRYPTO_CREDENTIALS", DEFAULT_CREDENTIALS);
        String regions = env.getOrDefault("PAYCRYPTO_REGIONS", DEFAULT_REGIONS);
        String template = env.get("PAYCRYPTO_TEMPLATE");
        HttpFront.Limits defaults = HttpFront.Limits.defaults();
        String maxBody = env.getOrDefault("PAYCRYPTO_MAX_BODY_BYTES", String.valueOf(defaults.maxBodyBytes()));
        String headerTimeout = env.getOrDefault("PAYCRYPTO_HEADER_TIMEOUT",
                String.valueOf(defaults.headerTimeout().toSeconds()));
        String bodyTimeout = env.getOrDefault("PAYCRYPTO_BODY_TIMEOUT", String.valueOf(defaults.bodyTimeout().toSeconds()));
        String idleTimeout = env.getOrDefault("PAYCRYPTO_IDLE_TIMEOUT", String.valueOf(defaults.idleTimeout().toSeconds()));
        String maxConnections = env.getOrDefault("PAYCRYPTO_MAX_CONNECTIONS", String.valueOf(defaults.maxConnections()));
        String maxDeadLetters = env.getOrDefault("PAYCRYPTO_MAX_DEAD_LETTERS", String.valueOf(DEFAULT_MAX_DEAD_LETTERS));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = value(args, ++i);
                case "--host" -> host = value(args, ++i);
                case "--data-dir" -> dataDir = value(args, ++i);
                case "--in-memory" -> inMemory = true;
                case "--credentials" -> credentials = value(args, ++i);
                case "--regions" -> regions = value(args, ++i);
                case "--template" -> template = value(args, ++i);
                case "--max-body-bytes" -> maxBody = value(args, ++i);
                case "--header-timeout" -> headerTimeout = value(args, ++i);
                case "--body-timeout" -> bodyTimeout = value(args, ++i);
                case "--idle-timeout" -> idleTimeout = value(args, ++i);
                case "--max-connections" -> maxConnections = value(args, ++i);
                case "--max-dead-letters" -> maxDeadLetters = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--help lists the options)");
            }
        }
        int portNumber = number("--port", port, 0, 65535);
        List<String> regionList = Arrays.stream(regions.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .distinct().toList();
        for (String region : regionList) {
            if (!region.matches("[a-z]{2}(-gov)?-[a-z]{1,16}-[0-9]{1,2}")) {
                throw new IllegalArgumentException("Not a region name: " + region);
            }
        }
        HttpFront.Limits limits = new HttpFront.Limits(number("--max-body-bytes", maxBody, 1024, 64 << 20),
                defaults.maxHeaderBytes(), seconds("--header-timeout", headerTimeout),
                seconds("--body-timeout", bodyTimeout), seconds("--idle-timeout", idleTimeout),
                number("--max-connections", maxConnections, 1, 100_000), defaults.requestThreads(),
                defaults.maxQueuedRequests());
        return new RuntimeOptions(address(host), portNumber, inMemory ? null : Path.of(dataDir),
                Credentials.parse(credentials), regionList, template == null ? findTemplate() : Path.of(template),
                Clock.systemUTC(), limits, number("--max-dead-letters", maxDeadLetters, 1, 10_000_000));
    }

    /**
     * The address to listen on: an IP address literal only, so that a start never waits on a name lookup and never
     * listens somewhere other than what was written.
     */
    private static String address(String host) {
        boolean ipv4 = host.matches("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
        boolean ipv6 = host.length() <= 45 && host.contains(":") && host.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            throw new IllegalArgumentException("--host takes an IP address (127.0.0.1, or 0.0.0.0 for every interface), not "
                    + (host.length() > 64 ? host.substring(0, 64) + "..." : host));
        }
        return host;
    }

    private static int number(String option, String value, int min, int max) {
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number");
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(option + " takes " + min + " to " + max);
        }
        return number;
    }

    private static Duration seconds(String option, String value) {
        return Duration.ofSeconds(number(option, value, 1, 3600));
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    /** template.yaml in the working directory or the nearest parent; null means the copy bundled in the jar. */
    private static Path findTemplate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
