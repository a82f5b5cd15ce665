package dev.swfrelay.emulator.engine.execution;

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
final class TaskTokens {

    private final SecureRandom random = new SecureRandom();
    private final ExecutionStore store;
    private final VirtualClock clock;

    TaskTokens(ExecutionStore store, VirtualClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A fresh token for the task of {@code kind} scheduled as event {@code scheduledEventId} of {@code e}. */
    String issue(TaskToken.Kind kind, Execution e, long scheduledEventId) {
        return new TaskToken(kind, e.domain, e.id, scheduledEventId, random.nextLong(), random.nextLong()).encode();
    }

    /** The open activity started with {@code token}. */
    ActivityState activity(String token) {
        Execution e = owner(token, TaskToken.Kind.ACTIVITY);
        long scheduled = TaskToken.decode(token).orElseThrow().scheduledEventId();
        return e.locked(() -> {
            for (ActivityState a : e.open.activities().values()) {
                if (a.scheduledEventId == scheduled && token.equals(a.token)) {
                    return a;
                }
            }
            throw staleTask(e, scheduled, true);
        });
    }

    /** The run whose decision task {@code token} names; the caller checks, under its lock, that it is still started. */
    Execution decision(String token) {
        return owner(token, TaskToken.Kind.DECISION);
    }

    private Execution owner(String token, TaskToken.Kind kind) {
        TaskToken decoded = TaskToken.decode(token).filter(t -> t.kind() == kind).orElseThrow(() -> unknown(token));
        return store.get(decoded.domain(), decoded.run(), clock.now());
    }

    static RuntimeException unknown(String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        return Faults.unknownTaskToken().withDetail("task token '" + shown + "' was never issued");
    }

    /** SWF's fault for answering a task that is no longer open: its run closed, or the task itself did. */
    static SwfFault staleTask(Execution execution, long scheduledEventId, boolean activity) {
        if (!execution.isOpen()) {
            return Faults.unknownExecution(execution.id).withDetail("the task's run is closed");
        }
        return activity ? Faults.unknownActivity(scheduledEventId) : Faults.unknownDecisionTask(scheduledEventId);
    }

    /** A run id: 256 random bits in the standard base64 alphabet (never beginning with {@code -}). */
    static String runId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
