package dev.swfrelay.core.port;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.Decision;
import java.util.List;
import java.util.Optional;

/**
 * Where a decider gets its work: decision tasks of one domain, each carrying the
 * execution's full history (every page already fetched), and where it answers them.
 */
public interface DecisionTaskSource {

    /**
     * Long-polls {@code taskList} for a decision task. Returns empty when the poll's hold
     * ended without a task. The returned task has every history event and no
     * {@code nextPageToken}.
     *
     * @throws InterruptedException when the calling thread is interrupted while parked;
     *     the poll is withdrawn, so no task is lost to it
     */
    Optional<DecisionTask> poll(TaskList taskList) throws InterruptedException;

    /** Answers a decision task with its decisions (possibly none). */
    void complete(String taskToken, List<Decision> decisions, String executionContext);
}
