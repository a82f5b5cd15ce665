package dev.swfrelay.emulator.engine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.model.WorkflowExecution;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Task tokens are shaped like SWF's, carry what they name, and differ every time. */
class TaskTokenTest {

    private static final String STANDARD_BASE64 = "[A-Za-z0-9+/]+={0,2}";

    @Test
    void tenThousandTokensAreStandardBase64BeginningWithAAAAAndAllDiffer() {
        SecureRandom random = new SecureRandom();
        WorkflowExecution run = new WorkflowExecution(TaskTokens.runId(), "order-17");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = new TaskToken(TaskToken.Kind.ACTIVITY, "d", run, i + 1, random.nextLong(),
                    random.nextLong()).encode();
            assertThat(token).startsWith("AAAA").matches(STANDARD_BASE64);
            seen.add(token);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void tenThousandRunIdsNeverBeginWithADash() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(TaskTokens.runId()).matches(STANDARD_BASE64).doesNotStartWith("-");
        }
    }

    @Test
    void decodeGivesBackWhatWasEncoded() {
        TaskToken token = new TaskToken(TaskToken.Kind.DECISION, "dömain", new WorkflowExecution("r1", "w|1"), 42,
                -1L, 7L);
        assertThat(TaskToken.decode(token.encode())).contains(token);
    }

    @Test
    void textThatIsNotOurTokenDecodesToNothing() {
        assertThat(TaskToken.decode("not a token")).isEmpty();
        assertThat(TaskToken.decode("AAAA")).isEmpty();
        assertThat(TaskToken.decode("")).isEmpty();
        String valid = new TaskToken(TaskToken.Kind.ACTIVITY, "d", new WorkflowExecution("r", "w"), 1, 2, 3).encode();
        assertThat(TaskToken.decode(valid.substring(0, valid.length() - 8))).isEmpty();
    }
}
