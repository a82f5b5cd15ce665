package dev.swfrelay.emulator.fault;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What {@link InterceptedSwfService} passes every call through, named by its {@link CallTarget}. */
public interface CallInterceptor {

    /** Whether no call needs looking at now: the decorator then calls straight through. */
    boolean idle();

    /** Runs {@code call} (the service's method), or not, and answers its result or throws. */
    <R> R call(CallTarget target, Supplier<R> call);

    /** As {@link #call}, for a long poll, whose answer comes as a future. */
    <T> CompletableFuture<T> poll(CallTarget target, Supplier<CompletableFuture<T>> call);
}
