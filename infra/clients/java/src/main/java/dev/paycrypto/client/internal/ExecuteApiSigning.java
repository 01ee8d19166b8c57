package dev.paycrypto.client.internal;

import dev.paycrypto.client.PayCryptoStack;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeOption;

/**
 * Makes the SDK's SigV4 signer sign for API Gateway. Not API.
 *
 * <p>The signer takes its service name from the {@link AwsV4HttpSigner#SERVICE_SIGNING_NAME} property of the
 * auth-scheme option the client's provider resolved; replacing it there is the SDK's supported way to sign for
 * another name (no custom signer, no header surgery). Options of other schemes are passed through untouched.
 */
public final class ExecuteApiSigning {

    private ExecuteApiSigning() {
    }

    public static List<AuthSchemeOption> signingFor(List<AuthSchemeOption> resolved) {
        return resolved.stream()
                .map(option -> AwsV4AuthScheme.SCHEME_ID.equals(option.schemeId())
                        ? option.toBuilder()
                                .putSignerProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, PayCryptoStack.SIGNING_NAME)
                                .build()
                        : option)
                .collect(Collectors.toUnmodifiableList());
    }
}
