package dev.swfrelay.emulator.fault;

import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.emulator.engine.TaskAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies {@link FaultRules} to the calls of one emulator: the rule that fires on a call decides
 * whether it is applied and what its caller gets. A fault, a 5xx or a drop is thrown before the
 * call reaches the engine; a lost answer after it; latency holds the answer back as
 * {@link AnswerDelay} says (a long poll's answer always on a timer, never a waiting thread).
 */
public final class FaultInjector implements CallInterceptor {

    private final FaultRules rules;
    private final Function<String, Optional<TaskAddress>> tokens;
    private final AnswerDelay delay;
    private final Consumer<FiredFault> onFired;

    /** {@code tokens} reads what a task token names (the engine's {@code taskAddress}). */
    public FaultInjector(FaultRules rules, Function<String, Optional<TaskAddress>> tokens, AnswerDelay delay) {
        this(rules, tokens, delay, fired -> { });
    }

    /** As above, {@code onFired} told of every fault fired (the server's metrics count them). */
    public FaultInjector(FaultRules rules, Function<String, Optional<TaskAddress>> tokens, AnswerDelay delay,
                         Consumer<FiredFault> onFired) {
        this.onFired = Objects.requireNonNull(onFired, "onFired");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    /** {@code service} with every call passed through this injector. */
    public SwfService decorate(SwfService service) {
        return new InterceptedSwfService(service, this);
    }

    @Override
    public boolean idle() {
        return rules.isEmpty();
    }

    @Override
    public <R> R call(CallTarget target, Supplier<R> call) {
        Optional<FiredFault> fired = rules.fire(target, tokens);
        if (fired.isEmpty()) {
            return call.get();
        }
        FiredFault fault = fired.get();
        onFired.accept(fault);
        if (fault.action() instanceof FaultAction.Latency latency) {
            return delay.hold(call.get(), latency.delay());
        }
        if (fault.action() instanceof FaultAction.LoseAnswer) {
            call.get();
            throw new AnswerLostException(fault);
        }
        throw refusal(target, fault);
    }

    @Override
    public <T> CompletableFuture<T> poll(CallTarget target, Supplier<CompletableFuture<T>> call) {
        Optional<FiredFault> fired = rules.fire(target, tokens);
        if (fired.isEmpty()) {
            return call.get();
        }
        FiredFault fault = fired.get();
        onFired.accept(fault);
        if (fault.action() instanceof FaultAction.Latency latency) {
            return later(call.get(), latency.delay());
        }
        if (fault.action() instanceof FaultAction.LoseAnswer) {
            return call.get().thenApply(task -> {
                throw new AnswerLostException(fault);
            });
        }
        throw refusal(target, fault);
    }

    /** What a call that is not applied gets: SWF's fault, a 5xx or a dropped request. */
    private static RuntimeException refusal(CallTarget target, FiredFault fault) {
        if (fault.action() instanceof FaultAction.Answer answer) {
            return InjectedFaults.answer(answer.type(), target, fault);
        }
        if (fault.action() instanceof FaultAction.ServerError error) {
            return InjectedFaults.serverError(error.status(), fault);
        }
        return new RequestDroppedException(fault);
    }

    /** {@code poll}'s outcome {@code by} later; cancelling the answer withdraws the poll while it is parked. */
    private static <T> CompletableFuture<T> later(CompletableFuture<T> poll, Duration by) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        answer.whenComplete((task, error) -> {
            if (answer.isCancelled()) {
                poll.cancel(false);
            }
        });
        poll.whenComplete((task, error) -> CompletableFuture.delayedExecutor(by.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> {
                    if (error != null) {
                        answer.completeExceptionally(error);
                    } else {
                        answer.complete(task);
                    }
                }));
        return answer;
    }
}
