package dev.swfrelay.it.bench.http;

import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.SynchronousQueue;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;

/**
 * Hand-off latency over HTTP: a decision poll is parked on the server by a thread blocked in
 * a plain SDK v2 {@code SwfClient} call; then a workflow is started in-process on the server's engine, which
 * schedules a decision task. One sample is the time from just before that start to the
 * moment the SDK call returns the task to the blocked thread.
 */
final class HttpHandoff {

    private HttpHandoff() {
    }

    /** Sorted samples in nanoseconds. */
    static long[] samples(int count) throws Exception {
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(30)).build().start();
             AwsSwfService client = AwsSwf.forEndpoint(server.uri(), "us-east-1")) {
            SwfService engine = server.service("us-east-1");
            BenchFlow.register(engine);
            SwfClient sdk = client.client();
            PollForDecisionTaskRequest poll = PollForDecisionTaskRequest.builder().domain(BenchFlow.DOMAIN)
                    .taskList(t -> t.name(BenchFlow.DECISIONS.name())).identity("probe").build();
            SynchronousQueue<Long> woken = new SynchronousQueue<>();
            Thread poller = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        sdk.pollForDecisionTask(poll);
                        woken.put(System.nanoTime());
                    }
                } catch (Exception stop) {
                    Thread.currentThread().interrupt();
                }
            }, "handoff-poller");
            poller.setDaemon(true);
            poller.start();
            long[] samples = new long[count];
            for (int i = 0; i < count; i++) {
                while (server.parkedPolls() == 0) {
                    Thread.onSpinWait();
                }
                long before = System.nanoTime();
                engine.startWorkflowExecution(BenchFlow.start("probe-" + i));
                samples[i] = woken.take() - before;
                engine.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(BenchFlow.DOMAIN)
                        .workflowId("probe-" + i).build());
            }
            poller.interrupt();
            Arrays.sort(samples);
            return samples;
        }
    }
}
