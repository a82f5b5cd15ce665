package dev.swfrelay.simulation;

/**
 * What the simulation's harness can do wrong on purpose. Each is an action of the harness
 * itself (its workers, its decider seat, its clock), never a change to the engine: the engine
 * answers every call as SWF would.
 */
public enum FaultKind {
    /** A worker takes an activity task and dies before running it: the task times out by its own timeouts. */
    WORKER_CRASH("worker-crash"),
    /** The completion is applied but its answer is lost: the worker retries the same respond (and must get UnknownResourceFault). */
    ANSWER_LOST("answer-lost"),
    /** The decider holds a decision task past its start-to-close timeout, then answers (and must get UnknownResourceFault). */
    DECISION_TIMEOUT("decision-timeout"),
    /** A signal is sent twice. */
    DUPLICATE_SIGNAL("duplicate-signal"),
    /** Two signals due for one run are sent in the opposite order. */
    REORDERED_SIGNAL("reordered-signal"),
    /** The activity handler throws instead of running: the worker reports the task failed. */
    HANDLER_THROWS("handler-throws"),
    /** The clock jumps forward (up to ten minutes) between two events, e.g. while a handler runs. */
    CLOCK_JUMP("clock-jump"),
    /** Nobody polls a task list for a while (up to five minutes). */
    POLLER_GAP("poller-gap"),
    /**
     * SWF throttles a decider's or a worker's answer ({@code ThrottlingException}: nothing applied); the
     * SDK sends it again after its back-off (up to 20 s of the clock), when it lands, or is refused if its
     * task timed out meanwhile. The emulator's own token buckets ({@code serve --throttling}) stay off: a
     * run's faults are the harness's, drawn from the seed.
     */
    THROTTLING("throttling");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    /** The name in fault files and reports, e.g. {@code worker-crash}. */
    public String label() {
        return label;
    }

    /** The kind named {@code label} (as in {@link #label()}); {@link IllegalArgumentException} naming the known ones otherwise. */
    public static FaultKind byLabel(String label) {
        for (FaultKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        StringBuilder known = new StringBuilder();
        for (FaultKind kind : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(kind.label);
        }
        throw new IllegalArgumentException("unknown fault '" + label + "'; known faults: " + known);
    }
}
