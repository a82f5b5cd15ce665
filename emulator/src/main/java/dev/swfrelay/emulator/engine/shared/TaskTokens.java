package dev.swfrelay.emulator.engine.shared;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionStore;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Task tokens and run ids. A token is a {@link TaskToken}: it names its run and scheduled event
 * and carries 128 bits from {@link SecureRandom}, so it cannot be guessed. It is good while the
 * task it names is started with that very token; once the task closes an answer with it gets
 * SWF's {@code UnknownResourceFault} for a closed task (see {@link #staleTask}), so each token is
 * answered at most once. A token that does not decode was never issued: {@code Unknown task token}.
 */
public final class TaskTokens {

    private final SecureRandom random = new SecureRandom();
    private final ExecutionStore store;
    private final VirtualClock clock;

    public TaskTokens(ExecutionStore store, VirtualClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A fresh token for the task of {@code kind} scheduled as event {@code scheduledEventId} of {@code e}. */
    public String issue(TaskToken.Kind kind, Execution e, long scheduledEventId) {
        return new TaskToken(kind, e.domain(), e.id(), scheduledEventId, random.nextLong(), random.nextLong()).encode();
    }

    /**
     * What an answer's {@code token} names, decoded once: its run (looked up, not locked) and its
     * task's scheduled event. The caller checks, under the run's lock, that the task is still
     * started with this very token.
     */
    public Claim claim(String token, TaskToken.Kind kind) {
        TaskToken decoded = TaskToken.decode(token).filter(t -> t.kind() == kind).orElseThrow(() -> unknown(token));
        return new Claim(token, store.get(decoded.domain(), decoded.run(), clock.now()), decoded.scheduledEventId());
    }

    /** A decoded token: the run it names and the scheduled event of its task. */
    public record Claim(String token, Execution run, long scheduledEventId) {

        /** The open activity started with this token; SWF's fault when it is closed or its run is. */
        public ActivityState activity() {
            ActivityState a = run.isOpen() ? run.open().activityScheduledAs(scheduledEventId) : null;
            if (a == null || !token.equals(a.token())) {
                throw staleTask(run, scheduledEventId, true);
            }
            return a;
        }

        /** Checks the run's decision task is still started with this token. */
        public void checkDecision() {
            String current = run.decision().token();
            if (!run.isOpen() || current == null || !current.equals(token)) {
                throw staleTask(run, scheduledEventId, false);
            }
        }
    }

    public static RuntimeException unknown(String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        return Faults.unknownTaskToken().withDetail("task token '" + shown + "' was never issued");
    }

    /** SWF's fault for answering a task that is no longer open: its run closed, or the task itself did. */
    static SwfFault staleTask(Execution execution, long scheduledEventId, boolean activity) {
        if (!execution.isOpen()) {
            return Faults.unknownExecution(execution.id()).withDetail("the task's run is closed");
        }
        return activity ? Faults.unknownActivity(scheduledEventId) : Faults.unknownDecisionTask(scheduledEventId);
    }

    /** A run id: 256 random bits in the standard base64 alphabet (never beginning with {@code -}). */
    public static String runId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
