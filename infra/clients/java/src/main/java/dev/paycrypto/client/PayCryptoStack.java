package dev.paycrypto.client;

import dev.paycrypto.client.internal.ControlPlaneRoute;
import dev.paycrypto.client.internal.ExecuteApiSigning;
import java.net.URI;
import java.util.Locale;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyBaseClientBuilder;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyServiceClientConfiguration;
import software.amazon.awssdk.services.paymentcryptography.auth.scheme.PaymentCryptographyAuthSchemeProvider;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataBaseClientBuilder;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataServiceClientConfiguration;
import software.amazon.awssdk.services.paymentcryptographydata.auth.scheme.PaymentCryptographyDataAuthSchemeProvider;

/**
 * Points the official AWS SDK for Java v2 Payment Cryptography clients at a deployed PayCrypto stack.
 *
 * <p>The stack (template.yaml) is an API Gateway REST API with IAM auth in front of one Lambda per operation.
 * Three things differ from the AWS service, and this class bridges them without changing the clients:
 * <ul>
 *   <li><b>Endpoint.</b> The stack's {@code ApiEndpoint} output,
 *   {@code https://{apiId}.execute-api.{region}.amazonaws.com/{Stage}}, becomes the endpoint override; the SDK puts the stage in front of every request path.</li>
 *   <li><b>Signing name.</b> API Gateway only accepts Signature Version 4 for the service {@code execute-api}; the
 *   clients sign for {@code payment-cryptography}. The clients' auth-scheme provider is wrapped so that every SigV4
 *   option carries {@link #SIGNING_NAME} as its signing name (the SDK's own signer then signs for it).</li>
 *   <li><b>Control-plane route.</b> The control plane (awsJson1_0) sends every operation as {@code POST /} and
 *   names it in {@code X-Amz-Target}; API Gateway routes on paths, so the stack serves each operation at
 *   {@code POST /{Stage}/controlplane/<Operation>}. An execution interceptor moves the request there, keeping
 *   body and header. Interceptors modify the request before the SDK signs it, so the signature covers the route
 *   that is sent. The data plane (restJson1) already has a path per operation and needs no route change.</li>
 * </ul>
 *
 * <p>Usage, with the stack's {@code ApiEndpoint}:
 * <pre>{@code
 * PayCryptoStack stack = PayCryptoStack.at(URI.create("https://abc123.execute-api.us-east-1.amazonaws.com/Prod"));
 * PaymentCryptographyClient controlPlane = stack.configure(PaymentCryptographyClient.builder())
 *         .region(Region.US_EAST_1)
 *         .build();
 * PaymentCryptographyDataClient dataPlane = stack.configure(PaymentCryptographyDataClient.builder())
 *         .region(Region.US_EAST_1)
 *         .build();
 * }</pre>
 * The region must be the stack's: it is part of the signature's credential scope.
 *
 * <p>The settings are installed as an {@link SdkPlugin}, which the SDK applies when the client is built, after the
 * builder's own settings: a later {@code endpointOverride}, {@code authSchemeProvider} or
 * {@code overrideConfiguration} on the same builder cannot undo them (a caller's own auth-scheme provider and
 * interceptors are kept and wrapped or joined). The same plugins are available from {@link #controlPlanePlugin()}
 * and {@link #dataPlanePlugin()} for async builders or per-request use.
 *
 * <p>Do not use it against the local PayCrypto service: that one accepts {@code payment-cryptography} signatures
 * on {@code POST /}, like AWS; point the unmodified clients at it instead.
 */
public final class PayCryptoStack {

    /** The service name API Gateway's IAM authorisation requires in the SigV4 credential scope. */
    public static final String SIGNING_NAME = "execute-api";

    private final URI endpoint;
    private final SdkPlugin controlPlane;
    private final SdkPlugin dataPlane;

    private PayCryptoStack(URI endpoint) {
        this.endpoint = endpoint;
        this.controlPlane = this::configureControlPlane;
        this.dataPlane = this::configureDataPlane;
    }

    /**
     * The stack whose {@code ApiEndpoint} output is {@code apiEndpoint}: an absolute http or https URI, usually with
     * the stage as its path ({@code https://abc123.execute-api.us-east-1.amazonaws.com/Prod}); a trailing slash is
     * ignored. A custom domain mapped at its root has no stage path, which is accepted too.
     *
     * @throws IllegalArgumentException if the URI is relative, not http(s), or has user info, a query or a fragment
     */
    public static PayCryptoStack at(URI apiEndpoint) {
        if (apiEndpoint == null) {
            throw new IllegalArgumentException("The stack's ApiEndpoint is required");
        }
        String scheme = apiEndpoint.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme) || apiEndpoint.getHost() == null) {
            throw new IllegalArgumentException("The stack's ApiEndpoint must be an absolute http(s) URI with a host: "
                    + apiEndpoint);
        }
        if (apiEndpoint.getRawUserInfo() != null || apiEndpoint.getRawQuery() != null
                || apiEndpoint.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "The stack's ApiEndpoint takes no user info, query or fragment: " + apiEndpoint);
        }
        String path = apiEndpoint.getRawPath() == null ? "" : apiEndpoint.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new PayCryptoStack(URI.create(scheme.toLowerCase(Locale.ROOT) + "://"
                + apiEndpoint.getRawAuthority() + path));
    }

    /** The endpoint the clients are given: the {@code ApiEndpoint} without a trailing slash. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Configures a control-plane client builder ({@code PaymentCryptographyClient.builder()} or its async
     * counterpart) for this stack and returns it, for the caller to set region and credentials and build.
     */
    public <B extends PaymentCryptographyBaseClientBuilder<B, ?>> B configure(B builder) {
        return builder.addPlugin(controlPlane);
    }

    /**
     * Configures a data-plane client builder ({@code PaymentCryptographyDataClient.builder()} or its async
     * counterpart) for this stack and returns it, for the caller to set region and credentials and build.
     */
    public <B extends PaymentCryptographyDataBaseClientBuilder<B, ?>> B configure(B builder) {
        return builder.addPlugin(dataPlane);
    }

    /** What {@link #configure(PaymentCryptographyBaseClientBuilder)} installs; only for control-plane clients. */
    public SdkPlugin controlPlanePlugin() {
        return controlPlane;
    }

    /** What {@link #configure(PaymentCryptographyDataBaseClientBuilder)} installs; only for data-plane clients. */
    public SdkPlugin dataPlanePlugin() {
        return dataPlane;
    }

    private void configureControlPlane(SdkServiceClientConfiguration.Builder configuration) {
        if (!(configuration instanceof PaymentCryptographyServiceClientConfiguration.Builder)) {
            throw new IllegalArgumentException("The control-plane plugin configures PaymentCryptography clients only");
        }
        var config = (PaymentCryptographyServiceClientConfiguration.Builder) configuration;
        config.endpointOverride(endpoint);
        PaymentCryptographyAuthSchemeProvider authSchemes = config.authSchemeProvider();
        config.authSchemeProvider(params -> ExecuteApiSigning.signingFor(authSchemes.resolveAuthScheme(params)));
        ClientOverrideConfiguration overrides = config.overrideConfiguration();
        ClientOverrideConfiguration.Builder routed =
                overrides == null ? ClientOverrideConfiguration.builder() : overrides.toBuilder();
        config.overrideConfiguration(routed.addExecutionInterceptor(new ControlPlaneRoute()).build());
    }

    private void configureDataPlane(SdkServiceClientConfiguration.Builder configuration) {
        if (!(configuration instanceof PaymentCryptographyDataServiceClientConfiguration.Builder)) {
            throw new IllegalArgumentException("The data-plane plugin configures PaymentCryptographyData clients only");
        }
        var config = (PaymentCryptographyDataServiceClientConfiguration.Builder) configuration;
        config.endpointOverride(endpoint);
        PaymentCryptographyDataAuthSchemeProvider authSchemes = config.authSchemeProvider();
        config.authSchemeProvider(params -> ExecuteApiSigning.signingFor(authSchemes.resolveAuthScheme(params)));
    }

    @Override
    public String toString() {
        return "PayCryptoStack[" + endpoint + "]";
    }
}
