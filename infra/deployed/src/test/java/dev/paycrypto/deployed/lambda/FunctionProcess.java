package dev.paycrypto.deployed.lambda;

import dev.paycrypto.deployed.LambdaLayout;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One function's execution environment: its code run in its own JVM as Lambda's Java runtime runs it, under the
 * real runtime interface client ({@code java -cp <runtime jars> com.amazonaws.services.lambda.runtime.api.client
 * .AWSLambda <handler>}, working directory the task root), answering a {@link RuntimeApiEmulator} of its own.
 *
 * <p>The layout is Lambda's: {@code taskRoot} stands for {@code /var/task} (classes at its root, {@code lib/*.jar}),
 * {@code optRoot} for {@code /opt} (the layers: {@code java/lib/*.jar}). How the layers reach the JVM is a
 * {@link LayerPlacement}. The JVM starts on the first invocation (or {@link #start()}), serves invocations warm until
 * one times out or it dies (then the next invocation starts a new one, as Lambda resets an environment), and
 * {@link #close()} ends it as Lambda's shutdown does: SIGTERM, a grace period, SIGKILL.
 *
 * <p>The JVM's environment is only what the caller gives (the template's variables, credentials,
 * {@code AWS_ENDPOINT_URL_*}, {@code JAVA_TOOL_OPTIONS}) plus the variables Lambda defines; nothing is inherited
 * from the test JVM. Its standard output and error go to {@link #logFile()}, never to the test's console.
 */
public final class FunctionProcess implements AutoCloseable {

    /** Variables this class defines as Lambda does; the caller may not set them. */
    static final Set<String> LAMBDA_DEFINED = Set.of("_HANDLER", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
            "AWS_EXECUTION_ENV", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_LAMBDA_INITIALIZATION_TYPE", "TZ", "LANG", "PATH", "LD_LIBRARY_PATH");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String functionName;
    private final String handler;
    private final Path taskRoot;
    private final Path optRoot;
    private final Map<String, String> callerEnvironment;
    private final int memorySizeMb;
    private final int heapMb;
    private final Duration timeout;
    private final Duration shutdownGrace;
    private final Path javaHome;
    private final LayerPlacement layerPlacement;
    private final Path logFile;
    private final Path ownedLogDirectory;
    private final RuntimeApiEmulator runtimeApi;

    // guarded by this
    private Process process;
    private int launches;
    private boolean closed;

    private FunctionProcess(Builder builder) {
        this.functionName = builder.functionName;
        this.handler = builder.handler;
        this.taskRoot = builder.taskRoot.toAbsolutePath();
        this.optRoot = builder.optRoot.toAbsolutePath();
        this.callerEnvironment = Map.copyOf(builder.environment);
        this.memorySizeMb = builder.memorySizeMb;
        this.heapMb = builder.heapMb;
        this.timeout = builder.timeout;
        this.shutdownGrace = builder.shutdownGrace;
        this.javaHome = builder.javaHome;
        this.layerPlacement = builder.layerPlacement.resolve();
        try {
            Path logDirectory = builder.logDirectory;
            this.ownedLogDirectory = logDirectory == null ? Files.createTempDirectory("paycrypto-lambda-logs-") : null;
            logDirectory = logDirectory == null ? ownedLogDirectory : Files.createDirectories(logDirectory);
            this.logFile = logDirectory.resolve(functionName + ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the function's log folder", e);
        }
        this.runtimeApi = new RuntimeApiEmulator(RuntimeApiEmulator.Settings.forFunction(functionName)
                .withHandler(handler)
                .withRegion(builder.region)
                .withAccountId(builder.accountId)
                .withQueueCapacity(builder.queueCapacity)
                .withQueueTimeout(builder.queueTimeout));
        runtimeApi.onEnvironmentFailure(this::environmentFailed);
    }

    /**
     * @param functionName the function's name ({@code AWS_LAMBDA_FUNCTION_NAME}, its log file's name)
     * @param handler      the template's {@code Handler} ({@code pkg.Class} or {@code pkg.Class::method})
     * @param taskRoot     the function's artifact, standing for {@code /var/task}
     * @param optRoot      the layers' artifacts merged, standing for {@code /opt}
     */
    public static Builder builder(String functionName, String handler, Path taskRoot, Path optRoot) {
        return new Builder(functionName, handler, taskRoot, optRoot);
    }

    /** Invokes with the function's timeout (see {@link Builder#timeout}). */
    public InvocationResult invoke(String payloadJson) {
        return invoke(payloadJson, timeout);
    }

    /**
     * Invokes and waits for the answer: the JVM is started if none is running; the invocation waits its turn if the
     * environment is busy.
     *
     * @param timeout the function's timeout for this invocation, counted from when the runtime receives it
     */
    public InvocationResult invoke(String payloadJson, Duration timeout) {
        CompletableFuture<InvocationResult> result = submit(payloadJson, timeout);
        Duration bound = runtimeApi.settings().queueTimeout().plus(timeout).plusSeconds(5);
        try {
            return result.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + functionName, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(functionName + "'s invocation was never answered", e);
        }
    }

    /** Queues an invocation without waiting (the JVM is started if none is running). */
    public CompletableFuture<InvocationResult> submit(String payloadJson, Duration timeout) {
        CompletableFuture<InvocationResult> result = runtimeApi.submit(payloadJson, timeout);
        if (!result.isDone()) {
            synchronized (this) {
                if (!closed && process == null) {
                    start();
                }
            }
        }
        return result;
    }

    /** Starts the JVM now (a benchmark's cold start), if none is running. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException(functionName + " is closed");
        }
        if (process != null) {
            return;
        }
        List<String> command = command();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(taskRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment());
        note("JVM " + (launches + 1) + " starting (" + layerPlacement + "): " + String.join(" ", command));
        runtimeApi.environmentStarting();
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            runtimeApi.environmentEnded("the JVM could not start: " + e.getMessage());
            throw new UncheckedIOException("could not start " + functionName + "'s JVM", e);
        }
        launches++;
        process = started;
        try {
            started.getOutputStream().close();
        } catch (IOException e) {
            // the JVM never reads its standard input
        }
        started.onExit().thenRun(() -> exited(started));
    }

    /**
     * From the JVM's launch to the first invocation it answered: the cold start, for the JVM now running (or the
     * last one). Empty until that JVM has answered.
     */
    public Optional<Duration> coldStart() {
        return runtimeApi.firstAnswerAfterLaunch();
    }

    /** From the JVM's launch to the end of its Init phase (runtime and every extension asked for next). */
    public Optional<Duration> initDuration() {
        return runtimeApi.initDuration();
    }

    /** How many JVMs this environment has started: 1 while every invocation has been warm. */
    public synchronized int launches() {
        return launches;
    }

    /** The running JVM's process id (with {@link LayerPlacement#MOUNT_NAMESPACE}, the JVM itself: unshare execs). */
    public synchronized OptionalLong pid() {
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    public LayerPlacement layerPlacement() {
        return layerPlacement;
    }

    public RuntimeApiEmulator runtimeApi() {
        return runtimeApi;
    }

    /** Where the function's output goes: every JVM of this environment, in order, with a line marking each start. */
    public Path logFile() {
        return logFile;
    }

    /** The log so far. */
    public String log() {
        try {
            return Files.exists(logFile) ? new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shuts the environment down as Lambda does when only internal extensions are registered: SIGTERM to the
     * runtime, the grace period, then SIGKILL. Waiting invocations are rejected. The log folder is deleted if this
     * class created it.
     */
    @Override
    public void close() {
        Process running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = process;
        }
        if (running != null) {
            running.destroy();
            try {
                if (!running.waitFor(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                    running.destroyForcibly();
                    running.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                running.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        runtimeApi.close();
        LayerPlacement.deleteTree(ownedLogDirectory);
    }

    // ---- internals ----

    private void exited(Process ended) {
        synchronized (this) {
            if (process != ended) {
                return;
            }
            process = null;
            runtimeApi.environmentEnded("exit status " + ended.exitValue());
            note("JVM " + launches + " ended with exit status " + ended.exitValue());
            if (!closed && runtimeApi.hasWaitingInvocations()) {
                start();
            }
        }
    }

    /** An invocation overran its deadline: Lambda resets the environment, so the JVM is killed. */
    private void environmentFailed(String reason) {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            note("JVM " + launches + " killed: " + reason);
            running.destroyForcibly();
        }
    }

    List<String> command() {
        List<String> classPath = new ArrayList<>();
        RuntimeInterfaceClient.jars().forEach(jar -> classPath.add(jar.toString()));
        if (layerPlacement == LayerPlacement.CLASS_PATH) {
            LambdaLayout.jars(optRoot.resolve("java/lib")).forEach(jar -> classPath.add(jar.toString()));
        }
        List<String> jvm = List.of(
                javaHome.resolve("bin/java").toString(),
                // a cap well under the 24 GB machine's default (a quarter of it) so that a stack of ~50 function
                // JVMs cannot together claim more than the machine has; our functions need tens of MB
                "-Xmx" + heapMb + "m",
                // the collector JVM ergonomics chooses on a small Lambda (under 2 vCPUs or 1792 MB); G1's threads
                // and regions would cost memory and start-up time on this shared 2-core machine
                "-XX:+UseSerialGC",
                "-D" + RuntimeInterfaceClient.JNI_PROPERTY + "=" + RuntimeInterfaceClient.jniLibrary(),
                "-cp", String.join(File.pathSeparator, classPath),
                RuntimeInterfaceClient.MAIN_CLASS,
                handler);
        return layerPlacement == LayerPlacement.MOUNT_NAMESPACE
                ? LayerPlacement.inMountNamespace(optRoot, taskRoot, jvm)
                : jvm;
    }

    /** The caller's variables and the ones Lambda defines for a java21 function. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(callerEnvironment);
        // where /opt is: itself in the mount namespace, the layer folder otherwise
        String opt = layerPlacement == LayerPlacement.MOUNT_NAMESPACE ? "/opt" : optRoot.toString();
        String optLib = opt + "/lib";
        String optBin = opt + "/bin";
        environment.put("_HANDLER", handler);
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.runtimeApi());
        environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        environment.put("AWS_REGION", runtimeApi.settings().region());
        environment.put("AWS_DEFAULT_REGION", runtimeApi.settings().region());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memorySizeMb));
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/[$LATEST]" + randomHex(16));
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("TZ", ":UTC");
        environment.put("LANG", "en_US.UTF-8");
        // Lambda's, without /var/lang (the runtime's own JDK folder, absent here)
        environment.put("PATH", "/usr/local/bin:/usr/bin/:/bin:" + optBin);
        environment.put("LD_LIBRARY_PATH", "/lib64:/usr/lib64:" + taskRoot + ":" + taskRoot + "/lib:" + optLib);
        return environment;
    }

    private void note(String line) {
        try {
            Files.writeString(logFile, "=== " + functionName + ": " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + logFile, e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** A function environment's configuration; the defaults are Lambda's where Lambda has one. */
    public static final class Builder {
        private final String functionName;
        private final String handler;
        private final Path taskRoot;
        private final Path optRoot;
        private Map<String, String> environment = Map.of();
        private int memorySizeMb = 128;
        private int heapMb = 256;
        private Duration timeout = Duration.ofSeconds(3);
        private Duration shutdownGrace = Duration.ofMillis(500);
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private LayerPlacement layerPlacement = LayerPlacement.AUTO;
        private Path logDirectory;
        private String region = "us-east-1";
        private String accountId = "111122223333";
        private int queueCapacity = 64;
        private Duration queueTimeout = Duration.ofSeconds(60);

        private Builder(String functionName, String handler, Path taskRoot, Path optRoot) {
            this.functionName = Objects.requireNonNull(functionName);
            this.handler = Objects.requireNonNull(handler);
            this.taskRoot = Objects.requireNonNull(taskRoot);
            this.optRoot = Objects.requireNonNull(optRoot);
        }

        /**
         * The caller's variables: the template's {@code Environment.Variables}, credentials,
         * {@code AWS_ENDPOINT_URL_*}, {@code JAVA_TOOL_OPTIONS}. Lambda-defined names are refused, as Lambda refuses
         * them in a function's configuration.
         */
        public Builder environment(Map<String, String> value) {
            for (String name : value.keySet()) {
                if (LAMBDA_DEFINED.contains(name)) {
                    throw new IllegalArgumentException(name + " is defined by Lambda, not by the function");
                }
            }
            this.environment = Map.copyOf(value);
            return this;
        }

        /** The template's {@code MemorySize} (Lambda's default 128), as {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}. */
        public Builder memorySizeMb(int value) {
            this.memorySizeMb = value;
            return this;
        }

        /** The JVM's {@code -Xmx} (default 256). */
        public Builder heapMb(int value) {
            this.heapMb = value;
            return this;
        }

        /** The template's {@code Timeout} (Lambda's default 3 s). */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** Between SIGTERM and SIGKILL at {@link #close()} (Lambda: 500 ms with internal extensions). */
        public Builder shutdownGrace(Duration value) {
            this.shutdownGrace = value;
            return this;
        }

        /** The JDK to run the function with (default: the test JVM's). */
        public Builder javaHome(Path value) {
            this.javaHome = value;
            return this;
        }

        public Builder layerPlacement(LayerPlacement value) {
            this.layerPlacement = value;
            return this;
        }

        /** Where {@code <functionName>.log} is written (default: a temp folder deleted at close). */
        public Builder logDirectory(Path value) {
            this.logDirectory = value;
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = value;
            return this;
        }

        /** How many invocations may wait while one is in flight (default 64); more are throttled. */
        public Builder queueCapacity(int value) {
            this.queueCapacity = value;
            return this;
        }

        /** How long an invocation may wait for the environment, its cold start included (default 60 s). */
        public Builder queueTimeout(Duration value) {
            this.queueTimeout = value;
            return this;
        }

        public FunctionProcess build() {
            return new FunctionProcess(this);
        }
    }
}
