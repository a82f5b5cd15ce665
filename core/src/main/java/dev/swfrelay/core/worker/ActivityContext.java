package dev.swfrelay.core.worker;

import dev.swfrelay.core.model.ActivityTask;

/** What an {@link ActivityHandler} knows about, and can say about, the task it runs. */
public interface ActivityContext {

    /** The task as polled: id, type, input, token, execution. */
    ActivityTask task();

    /** The task's input, {@code null} when it had none. */
    default String input() {
        return task().input();
    }

    /**
     * Records a heartbeat now with {@code details} (kept and sent again by the automatic
     * heartbeats that follow).
     *
     * @return whether cancellation of the task has been requested
     * @throws RuntimeException what the transport throws, e.g. {@code SwfFault} with
     *     {@code UnknownResourceFault} when the task has already timed out
     */
    boolean heartbeat(String details);

    /** Whether a heartbeat (the handler's own or an automatic one) reported cancellation. */
    boolean isCancelRequested();
}
