package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** template.yaml passes cfn-lint (the program, run as a user runs it). */
class TemplateLintIT {

    @Test
    void passesCfnLint() throws IOException, InterruptedException {
        Process lint = new ProcessBuilder("cfn-lint", LocalService.TEMPLATE.toString()).redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
    }
}
