package dev.paycrypto.deployed;

import dev.paycrypto.client.PayCryptoStack;
import dev.paycrypto.deployed.apigateway.SamTranslatedTemplate;
import dev.paycrypto.deployed.lambda.FunctionProcess;
import dev.paycrypto.deployed.lambda.InvocationResult;
import dev.paycrypto.deployed.stack.DeployedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;

/**
 * A benchmark, not a test ({@code infra/benchmarks/lambda-coldstart.sh} runs it): from JVM launch under the Lambda
 * runtime interface client to the first answered invocation, for the packaged {@code GenerateCardValidationData}
 * function (a CVV2 through its stored key, in the deployed stack) and for a hello-world handler packaged the same way
 * (its class at the task root, the same shared layer in {@code /opt}), alternated, several rounds, in one run.
 * Prints each start split into initialisation (JVM and handler class set-up: what a SnapStart restore replaces) and
 * the first invocation, the medians, and the ratio.
 */
public final class ColdStartBenchmark {

    private ColdStartBenchmark() {
    }

    private record Start(Duration total, Duration init) {
        Duration firstInvocation() {
            return total.minus(init);
        }
    }

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            DeployedStack.shared().close();
            System.exit(status);
        }
    }

    private static void run(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DeployedStack stack = DeployedStack.shared();
        try (PaymentCryptographyClient control = PayCryptoStack.at(stack.endpoint())
                .configure(PaymentCryptographyClient.builder()).region(stack.region())
                .credentialsProvider(stack.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            String cvk = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                    .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                    .keyClass(KeyClass.SYMMETRIC_KEY).keyModesOfUse(m -> m.generate(true).verify(true))))
                    .key().keyArn();
            control.createAlias(r -> r.aliasName("alias/sample-cvk").keyArn(cvk));
        }
        Path repo = SamTranslatedTemplate.repoRoot();
        String cvvEvent = Files.readString(repo.resolve("events/data/GenerateCardValidationData.json"));
        Path helloTask = Files.createTempDirectory("hello-task-");
        Path classes = Path.of(HelloWorldHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = HelloWorldHandler.class.getPackageName().replace('.', '/');
        Files.createDirectories(helloTask.resolve(packagePath));
        try (var files = Files.newDirectoryStream(classes.resolve(packagePath), "HelloWorldHandler*.class")) {
            for (Path file : files) {
                Files.copy(file, helloTask.resolve(packagePath).resolve(file.getFileName()));
            }
        }
        Path layer = SamBuild.ofCheckout().layer("SharedLayer");

        List<Start> cvv = new ArrayList<>();
        List<Start> hello = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            try (FunctionProcess function = stack.newEnvironment("GenerateCardValidationDataFunction")) {
                cvv.add(firstStart(function, cvvEvent, "\"statusCode\":200"));
            }
            try (FunctionProcess function = FunctionProcess.builder("HelloFunction",
                            HelloWorldHandler.class.getName() + "::handleRequest", helloTask, layer)
                    .environment(Map.of("JAVA_TOOL_OPTIONS",
                            "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))
                    .timeout(Duration.ofSeconds(20)).build()) {
                hello.add(firstStart(function, "{\"name\":\"bench\"}", "hello bench"));
            }
        }
        print("GenerateCardValidationData", cvv);
        print("hello-world", hello);
        System.out.printf(Locale.ROOT, "ratio (median launch to first answer): %.2fx%n",
                (double) median(cvv, Start::total) / median(hello, Start::total));
        System.out.printf(Locale.ROOT, "SnapStart would replace the initialisation: %d ms of the %d ms median "
                        + "(what remains is the first invocation, %d ms, shortened further by priming)%n",
                median(cvv, Start::init), median(cvv, Start::total), median(cvv, Start::firstInvocation));
    }

    private static Start firstStart(FunctionProcess function, String payload, String expected) {
        InvocationResult result = function.invoke(payload, Duration.ofSeconds(60));
        if (!result.succeeded() || !result.body().replace(" ", "").contains(expected.replace(" ", ""))) {
            throw new IllegalStateException("The first invocation failed: " + result);
        }
        return new Start(function.coldStart().orElseThrow(), function.initDuration().orElseThrow());
    }

    private static long median(List<Start> starts, Function<Start, Duration> part) {
        List<Long> millis = starts.stream().map(part).map(Duration::toMillis).sorted().toList();
        return millis.get(millis.size() / 2);
    }

    private static void print(String name, List<Start> starts) {
        for (Start start : starts) {
            System.out.printf(Locale.ROOT, "%-28s launch to first answer %5d ms  (init %5d ms, first invocation %5d ms)%n",
                    name, start.total().toMillis(), start.init().toMillis(), start.firstInvocation().toMillis());
        }
        System.out.printf(Locale.ROOT, "%-28s median %d ms (init %d ms)%n", name, median(starts, Start::total),
                median(starts, Start::init));
    }
}
