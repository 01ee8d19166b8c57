package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.crypto.SecretBytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Known answers of the master key's check value, computed by an independent CMAC implementation. */
class MasterKeyCheckValueTest {

    @ParameterizedTest
    @CsvFileSource(resources = "/vectors/master_key_check_value.csv", useHeadersInDisplayName = true)
    void isTheFirstEightBytesOfCmacOverTheLabel(String masterKey, String checkValue) {
        assertThat(MasterKeyCheckValue.of(SecretBytes.fromHex(masterKey))).isEqualTo(checkValue);
    }
}
