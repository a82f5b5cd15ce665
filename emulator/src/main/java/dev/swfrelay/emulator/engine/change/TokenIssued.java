package dev.swfrelay.emulator.engine.change;

import dev.swfrelay.core.model.WorkflowExecution;
import java.util.Objects;

/**
 * A poll took a task of {@code run} and got {@code token}: kept so that a token handed out
 * before a restart still answers its task after it (its random part is in no history event).
 */
public record TokenIssued(String domain, WorkflowExecution run, String token) implements Change {

    public TokenIssued {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(token, "token");
    }
}
