package dev.paycrypto.local;

import dev.paycrypto.local.http.HttpFront;
import dev.paycrypto.local.logging.LocalLogging;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code paycrypto-local}: starts the local service and prints how to reach it. */
public final class Main {

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
            System.err.println(e.getMessage());
            System.exit(2);
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
            System.err.println("PayCrypto cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        HttpFront front;
        try {
            front = listening.join();
        } catch (CompletionException e) {
            factory.close();
            Throwable cause = e.getCause();
            System.err.println("PayCrypto cannot start: " + (cause instanceof java.net.BindException
                    ? "port " + options.port() + " on " + options.host() + " is in use (choose another with --port)"
                    : cause.getMessage()));
            System.exit(1);
            return;
        }
        LocalRuntime runtime = LocalRuntime.serve(options, factory, front, gate);
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
