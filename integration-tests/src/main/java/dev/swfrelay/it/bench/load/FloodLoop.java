package dev.swfrelay.it.bench.load;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** A client's loop in the flood: one poll-and-answer at a time until told to stop; a failure is recorded and the loop goes on. */
abstract class FloodLoop implements Runnable {

    private final BooleanSupplier done;
    private final Consumer<Exception> failures;

    FloodLoop(BooleanSupplier done, Consumer<Exception> failures) {
        this.done = done;
        this.failures = failures;
    }

    @Override
    public final void run() {
        while (!done.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            try {
                once();
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        }
    }

    /** One poll and, when it brought a task, its answer. */
    abstract void once();
}
