package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.Faults;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Task tokens and run ids. A token is 128 bits from {@link SecureRandom}, so it cannot be
 * guessed; it maps to the started task it names until that task closes, after which the
 * token is unknown ({@code UnknownResourceFault}). Run ids need only be unique.
 */
final class TaskTokens {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Object> started = new ConcurrentHashMap<>();
    private final RetiredTokens retired = new RetiredTokens();

    /** A fresh token naming {@code task} (an {@link ActivityState} or a decision's {@link Execution}). */
    String issue(Object task) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        started.put(token, task);
        return token;
    }

    void revoke(String token) {
        Object task = token == null ? null : started.remove(token);
        if (task != null) {
            retired.retire(token, task);
        }
    }

    ActivityState activity(String token) {
        if (started.get(token) instanceof ActivityState activity) {
            return activity;
        }
        throw closed(token);
    }

    Execution decision(String token) {
        if (started.get(token) instanceof Execution execution) {
            return execution;
        }
        throw closed(token);
    }

    void clear() {
        started.clear();
        retired.clear();
    }

    private RuntimeException closed(String token) {
        RuntimeException fault = retired.faultFor(token);
        return fault != null ? fault : unknown(token);
    }

    static RuntimeException unknown(String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        return Faults.unknownTaskToken().withDetail("task token '" + shown
                + "': the task is closed, timed out, already answered, or the token was never issued");
    }

    static String runId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
