package dev.paycrypto.local;

import dev.paycrypto.local.http.HttpFront;
import dev.paycrypto.local.logging.LocalLogging;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code paycrypto-local}: starts the local service and prints how to reach it. */
public final class Main {

    /** Exit codes of a start that fails, one per kind of failure, for scripts. */
    static final int EXIT_CANNOT_START = 1;
    static final int EXIT_BAD_OPTION = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_DATA_DIRECTORY = 4;

    /** The first line a start prints, once every Region is open and requests are served: scripts wait for it. */
    static final String READY = "PayCrypto local is ready, listening on ";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // before any logger exists: the local runtime logs plain request lines through its own light provider, not
        // the Lambda logging (Log4j, Powertools' JSON) the functions carry
        System.setProperty("slf4j.provider", LocalLogging.PROVIDER);
        System.setProperty("slf4j.internal.verbosity", "WARN");
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(RuntimeOptions.USAGE);
            return;
        }
        if (args.length == 1 && "--train-startup".equals(args[0])) {
            // run.sh, once per build: a start and a few calls, for the JVM's class data sharing archive
            StartupTraining.run();
            System.exit(0);
        }
        StartupWarmUp.begin();
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args, Map.copyOf(System.getenv()));
        } catch (IllegalArgumentException e) {
            exit(EXIT_BAD_OPTION, e.getMessage());
            return;
        }
        // the port is bound on another thread while this one opens the Regions; requests wait at the gate meanwhile
        StartGate gate = new StartGate();
        CompletableFuture<HttpFront> listening = CompletableFuture.supplyAsync(() -> {
            try {
                return HttpFront.start(options.host(), options.port(), options.limits(), gate);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while binding the port", e);
            }
        }, runnable -> new Thread(runnable, "paycrypto-bind").start());
        LocalFunctionFactory factory;
        try {
            factory = new LocalFunctionFactory(options);
        } catch (RuntimeException e) {
            gate.fail();
            listening.thenAccept(HttpFront::close);
            exit(e instanceof DataDirectoryException ? EXIT_DATA_DIRECTORY : EXIT_CANNOT_START, e.getMessage());
            return;
        }
        HttpFront front;
        try {
            front = listening.join();
        } catch (CompletionException e) {
            factory.close();
            Throwable cause = e.getCause();
            if (cause instanceof java.net.BindException && !ListenAddress.isOfThisMachine(options.host())) {
                exit(EXIT_BAD_OPTION, "--host " + options.host() + " is not an address of this machine (use 127.0.0.1, "
                        + "0.0.0.0 for every interface, or the address of one of its interfaces)");
            } else if (cause instanceof java.net.BindException) {
                exit(EXIT_PORT_IN_USE, "port " + options.port() + " on " + options.host()
                        + " is in use (choose another with --port)");
            } else {
                exit(EXIT_CANNOT_START, cause.getMessage());
            }
            return;
        }
        LocalRuntime runtime = LocalRuntime.serve(options, factory, front, gate);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            factory.close();
            System.out.println("PayCrypto local stopped: connections closed, stores closed");
        }));
        System.out.println(banner(runtime, options));
    }

    /** One line on stderr, never a stack trace, and the exit code that says which kind of failure it was. */
    private static void exit(int code, String message) {
        System.err.println("PayCrypto cannot start: " + message);
        System.exit(code);
    }

    static String banner(LocalRuntime runtime, RuntimeOptions options) {
        Credentials.Entry credential = options.credentials().first();
        String endpoint = runtime.endpoint().toString();
        String region = options.regions().get(0);
        return String.join("\n",
                READY + endpoint + " (version " + Version.CURRENT + ")",
                "  regions: " + String.join(", ", options.regions()) + "; data: "
                        + (options.dataDirectory() == null ? "in memory" : options.dataDirectory().toAbsolutePath())
                        + openNote(options),
                "",
                "AWS CLI:",
                "  export AWS_ACCESS_KEY_ID=" + credential.accessKeyId() + " AWS_SECRET_ACCESS_KEY=" + shownSecret(credential)
                        + " AWS_DEFAULT_REGION=" + region + " AWS_ENDPOINT_URL=" + endpoint,
                "  aws payment-cryptography list-keys",
                "  aws payment-cryptography-data generate-card-validation-data ...",
                "",
                "AWS SDK for Java v2:",
                "  PaymentCryptographyClient.builder().endpointOverride(URI.create(\"" + endpoint + "\"))",
                "      .region(Region.of(\"" + region + "\")).credentialsProvider(...).build();",
                "");
    }

    /** A warning when other machines may reach the service and it takes the public default credential. */
    private static String openNote(RuntimeOptions options) {
        Credentials.Entry byDefault = Credentials.parse(RuntimeOptions.DEFAULT_CREDENTIALS).first();
        boolean defaultCredential = options.credentials().find(byDefault.accessKeyId())
                .filter(entry -> entry.secretAccessKey().equals(byDefault.secretAccessKey())).isPresent();
        return ListenAddress.isLoopback(options.host()) || !defaultCredential ? "" : "\n  note: other machines may reach " + options.host()
                + ", and the default credential test/test is accepted: set --credentials before they can";
    }

    /**
     * The secret the banner shows: the default credential's, which is public ({@code test}), and otherwise only a
     * reminder — a configured secret is never printed.
     */
    static String shownSecret(Credentials.Entry credential) {
        Credentials.Entry byDefault = Credentials.parse(RuntimeOptions.DEFAULT_CREDENTIALS).first();
        return credential.equals(byDefault) ? credential.secretAccessKey() : "<the secret you configured>";
    }
}
