package dev.paycrypto.local;

import java.util.Map;

/** {@code paycrypto-local}: starts the local service and prints how to reach it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // before any logger exists: the local runtime logs plain request lines, not Lambda JSON
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(RuntimeOptions.USAGE);
            return;
        }
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args, Map.copyOf(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalFunctionFactory factory;
        LocalRuntime runtime;
        try {
            factory = new LocalFunctionFactory(options);
        } catch (RuntimeException e) {
            System.err.println("PayCrypto cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            runtime = LocalRuntime.start(options, factory);
        } catch (Exception e) {
            factory.close();
            System.err.println("PayCrypto cannot start: " + (e instanceof java.net.BindException
                    ? "port " + options.port() + " on " + options.host() + " is in use (choose another with --port)"
                    : e.getMessage()));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            factory.close();
            System.out.println("PayCrypto local stopped");
        }));
        System.out.println(banner(runtime, options));
    }

    static String banner(LocalRuntime runtime, RuntimeOptions options) {
        Credentials.Entry credential = options.credentials().first();
        String endpoint = runtime.endpoint().toString();
        String region = options.regions().get(0);
        return String.join("\n",
                "PayCrypto local is listening on " + endpoint,
                "  regions: " + String.join(", ", options.regions()) + "; data: "
                        + (options.dataDirectory() == null ? "in memory" : options.dataDirectory().toAbsolutePath()),
                "",
                "AWS CLI:",
                "  export AWS_ACCESS_KEY_ID=" + credential.accessKeyId() + " AWS_SECRET_ACCESS_KEY=<its secret> AWS_DEFAULT_REGION=" + region,
                "  aws payment-cryptography list-keys --endpoint-url " + endpoint,
                "  aws payment-cryptography-data generate-card-validation-data --endpoint-url " + endpoint + " ...",
                "",
                "AWS SDK for Java v2:",
                "  PaymentCryptographyClient.builder().endpointOverride(URI.create(\"" + endpoint + "\"))",
                "      .region(Region.of(\"" + region + "\")).credentialsProvider(...).build();",
                "");
    }
}
