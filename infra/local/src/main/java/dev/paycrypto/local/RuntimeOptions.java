package dev.paycrypto.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the local runtime runs: from command-line options, else environment variables, else defaults.
 *
 * @param dataDirectory null for in-memory
 * @param template null for the template bundled with the runtime
 */
public record RuntimeOptions(String host, int port, Path dataDirectory, Credentials credentials, List<String> regions,
                             Path template, Clock clock) {

    public static final String DEFAULT_CREDENTIALS = "test:test:111122223333";
    public static final String DEFAULT_REGIONS = "us-east-1,us-east-2,us-west-2,eu-west-1";
    public static final int DEFAULT_PORT = 8090;

    public static final String USAGE = String.join("\n",
            "Usage: paycrypto-local [options]",
            "  --port N                 port on 127.0.0.1 (0 = any free port)     [PAYCRYPTO_PORT, default 8090]",
            "  --data-dir DIR           keys and master keys, one set per region  [PAYCRYPTO_DATA_DIR, default .paycrypto]",
            "  --in-memory              keep nothing on disk                      [PAYCRYPTO_IN_MEMORY=true]",
            "  --credentials LIST       AKID:SECRET:ACCOUNT,...                   [PAYCRYPTO_CREDENTIALS, default "
                    + DEFAULT_CREDENTIALS + "]",
            "  --regions LIST           regions served                            [PAYCRYPTO_REGIONS, default "
                    + DEFAULT_REGIONS + "]",
            "  --template FILE          the SAM template to serve                 [PAYCRYPTO_TEMPLATE, default template.yaml]",
            "  --help                   this text");

    /** Options for tests: in memory, a free port, the default credentials plus a second account, default regions. */
    public static RuntimeOptions forTests(Path template, Clock clock) {
        return new RuntimeOptions("127.0.0.1", 0, null,
                Credentials.parse(DEFAULT_CREDENTIALS + ",other:other-secret:444455556666"),
                List.of(DEFAULT_REGIONS.split(",")), template, clock);
    }

    /** @throws IllegalArgumentException with a message for the user on a bad option */
    public static RuntimeOptions parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("PAYCRYPTO_PORT", String.valueOf(DEFAULT_PORT));
        String dataDir = env.getOrDefault("PAYCRYPTO_DATA_DIR", ".paycrypto");
        boolean inMemory = "true".equalsIgnoreCase(env.get("PAYCRYPTO_IN_MEMORY"));
        String credentials = env.getOrDefault("PAYCRYPTO_CREDENTIALS", DEFAULT_CREDENTIALS);
        String regions = env.getOrDefault("PAYCRYPTO_REGIONS", DEFAULT_REGIONS);
        String template = env.get("PAYCRYPTO_TEMPLATE");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = value(args, ++i);
                case "--data-dir" -> dataDir = value(args, ++i);
                case "--in-memory" -> inMemory = true;
                case "--credentials" -> credentials = value(args, ++i);
                case "--regions" -> regions = value(args, ++i);
                case "--template" -> template = value(args, ++i);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number");
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("--port takes 0 to 65535");
        }
        List<String> regionList = Arrays.stream(regions.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        for (String region : regionList) {
            if (!region.matches("[a-z]{2}-[a-z]{1,16}-[0-9]+")) {
                throw new IllegalArgumentException("Not a region name: " + region);
            }
        }
        return new RuntimeOptions("127.0.0.1", portNumber, inMemory ? null : Path.of(dataDir),
                Credentials.parse(credentials), regionList, template == null ? findTemplate() : Path.of(template),
                Clock.systemUTC());
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
