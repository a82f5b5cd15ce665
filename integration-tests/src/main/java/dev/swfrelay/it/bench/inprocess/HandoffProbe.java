package dev.swfrelay.it.bench.inprocess;

import dev.swfrelay.it.bench.BenchFlow;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.emulator.SwfEmulator;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;

/**
 * Task hand-off latency: a poll is parked, its waiting thread blocked on it; then a workflow
 * is started, which schedules a decision task; the time from just before the start to the
 * moment the waiting thread wakes up with the task is one sample.
 */
final class HandoffProbe {

    private HandoffProbe() {
    }

    /** Sorted samples in nanoseconds. */
    static long[] samples(int count) throws Exception {
        try (SwfEmulator emulator = SwfEmulator.builder().pollHold(Duration.ofSeconds(30)).build()) {
            SwfService swf = emulator.service();
            BenchFlow.register(swf);
            SynchronousQueue<CompletableFuture<DecisionTask>> polls = new SynchronousQueue<>();
            SynchronousQueue<Long> woken = new SynchronousQueue<>();
            Thread waiter = new Thread(() -> {
                try {
                    while (true) {
                        CompletableFuture<DecisionTask> poll = polls.take();
                        poll.get();
                        woken.put(System.nanoTime());
                    }
                } catch (Exception stop) {
                    Thread.currentThread().interrupt();
                }
            }, "handoff-waiter");
            waiter.setDaemon(true);
            waiter.start();
            long[] samples = new long[count];
            PollForDecisionTaskRequest request = PollForDecisionTaskRequest.builder().domain(BenchFlow.DOMAIN)
                    .taskList(BenchFlow.DECISIONS).identity("probe").build();
            for (int i = 0; i < count; i++) {
                polls.put(swf.pollForDecisionTask(request));
                while (waiter.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait();
                }
                long before = System.nanoTime();
                swf.startWorkflowExecution(BenchFlow.start("probe-" + i));
                samples[i] = woken.take() - before;
                swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(BenchFlow.DOMAIN)
                        .workflowId("probe-" + i).build());
            }
            waiter.interrupt();
            Arrays.sort(samples);
            return samples;
        }
    }
}
