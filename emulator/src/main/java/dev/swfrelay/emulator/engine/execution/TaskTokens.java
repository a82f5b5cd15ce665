package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.emulator.engine.Faults;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Task tokens and run ids. A token is a {@link TaskToken}: it names its run and scheduled event
 * and carries 128 bits from {@link SecureRandom}, so it cannot be guessed. It is good while the
 * task it names is started with that very token; once the task closes the token is unknown
 * ({@code UnknownResourceFault}), so each token is answered at most once.
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
            throw unknown(token);
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
        return Faults.unknownResource("Unknown task token '" + shown
                + "': the task is closed, timed out, already answered, or the token was never issued");
    }

    /** A run id: 256 random bits in the standard base64 alphabet (never beginning with {@code -}). */
    static String runId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
