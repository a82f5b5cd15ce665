package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.http.auth.AccountKey;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountKeysTest {

    @TempDir
    Path dir;

    @Test
    void readsWhitespaceAndCommaSeparatedLinesSkippingCommentsAndBlanks() throws IOException {
        Path file = write("# team keys\n\nAKIDONE  secret/one+x   111111111111\n  AKIDTWO,secret-two, 222222222222  \n"
                + "AKIDTHREE\tsecret3\t111111111111\n");
        AccountKeys keys = AccountKeys.read(file);
        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.find("AKIDONE")).contains(new AccountKey("AKIDONE", "secret/one+x", "111111111111"));
        assertThat(keys.find("AKIDTWO").orElseThrow().accountId()).isEqualTo("222222222222");
        assertThat(keys.find("AKIDTHREE").orElseThrow().accountId()).isEqualTo("111111111111");
        assertThat(keys.find("AKIDNONE")).isEmpty();
    }

    @Test
    void aLineWithTooFewFieldsNamesTheFileAndTheLine() throws IOException {
        Path file = write("AKIDONE secret 111111111111\n# fine\nAKIDTWO secret\n");
        assertThatThrownBy(() -> AccountKeys.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credentials file " + file + ", line 3: expected ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT_ID "
                        + "(whitespace or commas between them), found 2 fields");
    }

    @Test
    void aBadAccountIdNamesTheLine() throws IOException {
        Path file = write("AKIDONE secret 1234\n");
        assertThatThrownBy(() -> AccountKeys.read(file)).hasMessage("credentials file " + file
                + ", line 1: account id '1234' of AKIDONE must be 12 digits");
    }

    @Test
    void aKeyGivenTwiceNamesTheSecondLine() throws IOException {
        Path file = write("AKIDONE a 111111111111\nAKIDONE b 222222222222\n");
        assertThatThrownBy(() -> AccountKeys.read(file)).hasMessageContaining("line 2: access key id AKIDONE is given twice");
    }

    @Test
    void aFileWithNoKeysIsRefused() throws IOException {
        Path file = write("# nothing yet\n\n");
        assertThatThrownBy(() -> AccountKeys.read(file)).hasMessage("credentials file " + file + " names no account key");
    }

    @Test
    void theSecretIsNeverShown() {
        assertThat(new AccountKey("AKIDONE", "hush-hush", "111111111111").toString()).doesNotContain("hush");
        assertThat(AccountKeys.of(new AccountKey("AKIDONE", "hush-hush", "111111111111")).toString()).doesNotContain("hush");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("credentials");
        Files.writeString(file, text);
        return file;
    }
}
