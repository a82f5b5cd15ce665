package dev.swfrelay.it.bench.load;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;

/** One activity poller on its own client: poll, record the delivery, complete with the activity id, until told to stop. */
final class FloodPoller implements Runnable {

    private final SwfClient swf;
    private final String identity;
    private final Deliveries deliveries;
    private final BooleanSupplier done;
    private final Consumer<Exception> failures;

    FloodPoller(SwfClient swf, String identity, Deliveries deliveries, BooleanSupplier done, Consumer<Exception> failures) {
        this.swf = swf;
        this.identity = identity;
        this.deliveries = deliveries;
        this.done = done;
        this.failures = failures;
    }

    @Override
    public void run() {
        while (!done.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        }
    }

    private void pollOnce() {
        long began = System.nanoTime();
        PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain(FloodFlow.DOMAIN)
                .taskList(FloodFlow.TASKS).identity(identity));
        if (task.taskToken() == null || task.taskToken().isEmpty()) {
            return;
        }
        deliveries.delivered(task.taskToken(), task.workflowExecution().runId(), task.activityId(),
                System.nanoTime() - began);
        swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result(task.activityId()));
        deliveries.completed();
    }
}
