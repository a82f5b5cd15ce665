package dev.swfrelay.emulator.engine.lambda;

import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.lambda.state.LambdaState;
import dev.swfrelay.core.model.LambdaFunctionTimeoutType;
import dev.swfrelay.core.model.ScheduleLambdaFunctionFailedCause;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.ScheduleLambdaFunction;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.LambdaFunctionCompleted;
import dev.swfrelay.core.model.event.LambdaFunctionFailed;
import dev.swfrelay.core.model.event.LambdaFunctionScheduled;
import dev.swfrelay.core.model.event.LambdaFunctionStarted;
import dev.swfrelay.core.model.event.LambdaFunctionTimedOut;
import dev.swfrelay.core.model.event.ScheduleLambdaFunctionFailed;
import dev.swfrelay.core.model.event.StartLambdaFunctionFailed;
import dev.swfrelay.emulator.engine.LambdaFunction;
import dev.swfrelay.emulator.engine.LambdaFunctionFailure;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ScheduleLambdaFunction decision and the Lambda task's life: the function registered under
 * the decision's name runs on this class's executor, off every lock; its outcome is recorded
 * under the run's lock, unless the task timed out (START_TO_CLOSE, 900 s by default as on SWF)
 * or the run closed first; then its function is interrupted. A run with no Lambda role, or an engine with no function at all,
 * cannot schedule one; a name with no function fails to start (see docs/ARCHITECTURE.md).
 */
public final class LambdaTasks {

    private static final Timeout DEFAULT_START_TO_CLOSE = Timeout.ofSeconds(900);

    private final EngineParts parts;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "swf-relay-lambda");
        t.setDaemon(true);
        return t;
    });

    private final Set<LambdaState> running = ConcurrentHashMap.newKeySet();

    public LambdaTasks(EngineParts parts) {
        this.parts = parts;
    }

    public void schedule(Execution e, ScheduleLambdaFunction d, long completed) {
        ScheduleLambdaFunctionFailedCause cause = refusal(e, d);
        if (cause != null) {
            e.append(parts.clock.now(), new ScheduleLambdaFunctionFailed(cause, completed, d.id(), d.name()));
            return;
        }
        Timeout timeout = d.startToCloseTimeout() != null ? d.startToCloseTimeout() : DEFAULT_START_TO_CLOSE;
        long scheduled = e.append(parts.clock.now(), new LambdaFunctionScheduled(d.control(), completed, d.id(),
                d.input(), d.name(), timeout));
        LambdaFunction function = parts.settings.lambdaFunctions().get(d.name());
        if (function == null) {
            e.append(parts.clock.now(), new StartLambdaFunctionFailed(null, "Function not found: " + d.name(), scheduled));
            return;
        }
        e.append(parts.clock.now(), new LambdaFunctionStarted(scheduled));
        LambdaState lambda = e.open().lambdas().stream().filter(l -> l.scheduledEventId() == scheduled).findFirst()
                .orElseThrow();
        rearm(e, lambda, parts.clock.now(), timeout);
        running.add(lambda);
        String input = d.input();
        e.later(() -> lambda.invoked(runner.submit(() -> invoke(e, lambda, function, input))));
    }

    /**
     * Arms the task's start-to-close timeout from {@code startedAt}. A task started before a
     * restart: its function ran in the old process and is not run again, so the task times out at
     * its original deadline.
     */
    public void rearm(Execution e, LambdaState lambda, Instant startedAt, Timeout timeout) {
        lambda.armed(parts.after(startedAt, timeout != null ? timeout : DEFAULT_START_TO_CLOSE, e,
                at -> timedOut(e, lambda, at)));
    }

    private ScheduleLambdaFunctionFailedCause refusal(Execution e, ScheduleLambdaFunction d) {
        if (parts.settings.lambdaFunctions().isEmpty() || e.config().lambdaRole() == null) {
            return ScheduleLambdaFunctionFailedCause.LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION;
        }
        if (e.open().hasLambda(d.id())) {
            return ScheduleLambdaFunctionFailedCause.ID_ALREADY_IN_USE;
        }
        if (e.open().lambdaCount() >= parts.settings.limits().maxOpenLambdas()) {
            return ScheduleLambdaFunctionFailedCause.OPEN_LAMBDA_FUNCTIONS_LIMIT_EXCEEDED;
        }
        return null;
    }

    /** Runs on the executor, holding no lock. */
    private void invoke(Execution e, LambdaState lambda, LambdaFunction function, String input) {
        EventAttributes outcome;
        try {
            outcome = new LambdaFunctionCompleted(function.invoke(input), lambda.scheduledEventId(), lambda.startedEventId());
        } catch (LambdaFunctionFailure failure) {
            outcome = failed(lambda, failure.reason(), failure.details());
        } catch (Exception failure) {
            outcome = failed(lambda, failure.getClass().getSimpleName(), failure.getMessage());
        }
        EventAttributes recorded = outcome;
        parts.locked(e, () -> close(e, lambda, recorded, parts.clock.now()));
        parts.clock.nudge();
    }

    private static LambdaFunctionFailed failed(LambdaState lambda, String reason, String details) {
        return new LambdaFunctionFailed(clip(details, 32768), clip(reason, 256), lambda.scheduledEventId(),
                lambda.startedEventId());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(text.length() - max);
    }

    /** Records how the task ended, unless it already ended (a result after its timeout is dropped). */
    private void close(Execution e, LambdaState lambda, EventAttributes outcome, Instant at) {
        if (!e.isOpen() || !lambda.running()) {
            return;
        }
        e.append(at, outcome);
        running.remove(lambda);
    }

    /** START_TO_CLOSE passed: the task times out and its function is interrupted (a command is stopped). */
    private void timedOut(Execution e, LambdaState lambda, Instant at) {
        boolean wasRunning = e.isOpen() && lambda.running();
        close(e, lambda, new LambdaFunctionTimedOut(lambda.scheduledEventId(), lambda.startedEventId(),
                LambdaFunctionTimeoutType.START_TO_CLOSE), at);
        if (wasRunning) {
            lambda.interrupt();
        }
    }

    /** The run is closing: its running functions are interrupted and their outcomes will be dropped. */
    public void interruptAll(Execution e) {
        for (LambdaState lambda : e.open().lambdas()) {
            running.remove(lambda);
            lambda.interrupt();
        }
    }

    /** Whether no function is running: a virtual clock may then move on by itself. */
    public boolean idle() {
        return running.isEmpty();
    }

    /** The engine forgot its runs: their functions' outcomes go nowhere. */
    public void clear() {
        running.clear();
    }

    public void shutdown() {
        runner.shutdownNow();
    }
}
