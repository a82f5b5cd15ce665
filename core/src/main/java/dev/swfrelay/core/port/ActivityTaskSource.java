package dev.swfrelay.core.port;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.TaskList;
import java.util.Optional;

/** Where an activity worker gets its work in one domain, and where it reports on it. */
public interface ActivityTaskSource {

    /**
     * Long-polls {@code taskList} for an activity task; empty when the poll's hold ended
     * without one.
     *
     * @throws InterruptedException when the calling thread is interrupted while parked;
     *     the poll is withdrawn, so no task is lost to it
     */
    Optional<ActivityTask> poll(TaskList taskList) throws InterruptedException;

    void complete(String taskToken, String result);

    void fail(String taskToken, String reason, String details);

    /** Reports that the task was canceled, after a heartbeat said cancellation was requested. */
    void canceled(String taskToken, String details);

    /**
     * Records a heartbeat.
     *
     * @return whether cancellation of the task has been requested
     */
    boolean heartbeat(String taskToken, String details);
}
