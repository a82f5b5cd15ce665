package dev.swfrelay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Which commands get a head start, and that each head start runs on its own (no command line, no output). */
class HeadStartTest {

    @Test
    void commandsThatCallSwfAndServeGetAHeadStartOthersNone() {
        for (String command : new String[] {"serve", "register", "decider", "worker", "start", "history", "list",
                "describe", "console"}) {
            assertThat(HeadStart.forCommand(command)).as(command).isNotNull();
        }
        for (String command : new String[] {"demo", "replay", "simulate", "", "--help", "lst"}) {
            assertThat(HeadStart.forCommand(command)).as(command).isNull();
        }
    }

    @Test
    void eachHeadStartNeedsNothingFromTheCommandLine() {
        assertThatCode(() -> HeadStart.forCommand("serve").run()).doesNotThrowAnyException();
        assertThatCode(() -> HeadStart.forCommand("list").run()).doesNotThrowAnyException();
    }

    @Test
    void theCommandIsTheFirstWordThatIsNotAnOption() {
        assertThat(Subcommands.firstWord(new String[] {"--verbose", "serve", "--port", "0"})).isEqualTo("serve");
        assertThat(Subcommands.firstWord(new String[] {"--help"})).isEmpty();
    }
}
