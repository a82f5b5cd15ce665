package dev.swfrelay.it.process;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.worker.ActivityContext;
import dev.swfrelay.core.worker.ActivityWorker;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * A worker machine: {@code WorkerMain <endpoint> <taskList> <step> [holdWorkflowId]} runs
 * step {@code <step>} on {@code <taskList>}, answering {@code <step>(<input>)}. Every task
 * it starts and finishes is printed, so the test can follow it. With {@code
 * holdWorkflowId}, the task of that execution never finishes: it heartbeats until the
 * process is killed.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        AwsSwfService swf = AwsSwf.forEndpoint(URI.create(args[0]), "us-east-1");
        String step = args[2];
        String hold = args.length > 3 ? args[3] : null;
        ActivityWorker worker = ActivityWorker.builder(swf.ports(Flow.DOMAIN, "worker-" + step).activityTasks(),
                        context -> run(context, step, hold))
                .taskList(args[1]).pollers(4).handlers(8).heartbeatTimeout(Flow.HEARTBEAT_TIMEOUT).build();
        worker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
        ProcessOutput.line("READY worker " + step);
        Thread.currentThread().join();
    }

    private static String run(ActivityContext context, String step, String hold) throws InterruptedException {
        ActivityTask task = context.task();
        String workflowId = task.workflowExecution().workflowId();
        ProcessOutput.line("STARTED " + step + " " + workflowId + " " + task.activityId());
        if (workflowId.equals(hold)) {
            new CountDownLatch(1).await();
        }
        String result = step + "(" + context.input() + ")";
        ProcessOutput.line("DONE " + step + " " + workflowId + " " + task.activityId());
        return result;
    }
}
