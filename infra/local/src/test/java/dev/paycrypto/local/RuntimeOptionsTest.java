package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options of the local runtime: command line over environment over defaults, and clear errors. */
class RuntimeOptionsTest {

    @Test
    void defaultsServeFourRegionsOnPort8090WithTheTestCredentials() {
        RuntimeOptions options = RuntimeOptions.parse(new String[0], Map.of());
        assertThat(options.port()).isEqualTo(8090);
        assertThat(options.regions()).containsExactly("us-east-1", "us-east-2", "us-west-2", "eu-west-1");
        assertThat(options.credentials().find("test")).hasValueSatisfying(e -> assertThat(e.account())
                .isEqualTo("111122223333"));
        assertThat(options.dataDirectory()).isEqualTo(Path.of(".paycrypto"));
        assertThat(options.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void theAddressToListenOnIsAnIpAddressNeverAName() {
        assertThat(RuntimeOptions.parse(new String[0], Map.of("PAYCRYPTO_HOST", "0.0.0.0")).host()).isEqualTo("0.0.0.0");
        assertThat(RuntimeOptions.parse(new String[] {"--host", "::1"}, Map.of("PAYCRYPTO_HOST", "0.0.0.0")).host())
                .isEqualTo("::1");
        for (String refused : new String[] {"example.com", "localhost", "256.0.0.1", "127.0.0", "1.2.3.4/8", "",
                "../../etc"}) {
            assertThatThrownBy(() -> RuntimeOptions.parse(new String[] {"--host", refused}, Map.of()))
                    .as(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--host takes an IP address");
        }
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("PAYCRYPTO_PORT", "9000", "PAYCRYPTO_REGIONS", "eu-west-1",
                "PAYCRYPTO_CREDENTIALS", "AKIDENV:secret:444455556666", "PAYCRYPTO_DATA_DIR", "/tmp/env-data");
        RuntimeOptions fromEnv = RuntimeOptions.parse(new String[0], env);
        assertThat(fromEnv.port()).isEqualTo(9000);
        assertThat(fromEnv.regions()).containsExactly("eu-west-1");
        assertThat(fromEnv.credentials().find("AKIDENV")).isPresent();
        RuntimeOptions fromArgs = RuntimeOptions.parse(new String[] {"--port", "0", "--in-memory", "--regions",
                "ap-southeast-2,us-east-1", "--template", "template.yaml"}, env);
        assertThat(fromArgs.port()).isZero();
        assertThat(fromArgs.dataDirectory()).isNull();
        assertThat(fromArgs.regions()).containsExactly("ap-southeast-2", "us-east-1");
        assertThat(fromArgs.template()).isEqualTo(Path.of("template.yaml"));
    }

    @Test
    void badOptionsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> RuntimeOptions.parse(new String[] {"--port", "http"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> RuntimeOptions.parse(new String[] {"--regions", "Mars"}, Map.of()))
                .hasMessageContaining("Mars");
        assertThatThrownBy(() -> RuntimeOptions.parse(new String[] {"--credentials", "nosecret"}, Map.of()))
                .hasMessageContaining("ACCESS_KEY:SECRET:ACCOUNT");
        assertThatThrownBy(() -> RuntimeOptions.parse(new String[] {"--bogus"}, Map.of()))
                .hasMessage("unknown option --bogus (--help lists the options)");
    }
}
