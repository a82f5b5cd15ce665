package dev.swfrelay.it.bench.load;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;

/** One activity poller on its own client: poll, record the delivery, complete with the activity id, until told to stop. */
final class FloodPoller extends FloodLoop {

    private final SwfClient swf;
    private final String identity;
    private final Deliveries deliveries;

    FloodPoller(SwfClient swf, String identity, Deliveries deliveries, BooleanSupplier done, Consumer<Exception> failures) {
        super(done, failures);
        this.swf = swf;
        this.identity = identity;
        this.deliveries = deliveries;
    }

    @Override
    void once() {
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
