package dev.swfrelay.it.bench.durable;

import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.core.api.PollForActivityTaskRequest;
import dev.swfrelay.core.api.PollForDecisionTaskRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.journal.Journal;
import dev.swfrelay.emulator.journal.RecordStore;
import dev.swfrelay.emulator.journal.SyncPolicy;
import dev.swfrelay.it.bench.BenchFlow;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Fills a journal quickly, in process, with what the restart figure reads back: {@code closed}
 * A-then-B executions run to completion and {@code open} ones whose A task a worker holds (its
 * token issued, unanswered), every change journaled as the server would journal it.
 */
final class RecordedWorkload {

    private static final TaskList A = new TaskList("a_tasks");
    private static final TaskList B = new TaskList("b_tasks");

    private RecordedWorkload() {
    }

    static void record(RecordStore store, int closed, int open) throws IOException {
        try (Journal journal = Journal.open(store, SyncPolicy.GROUP).start();
             SwfEmulator swf = SwfEmulator.builder().pollHold(Duration.ofMillis(1))
                     .changeLog(journal.forTenant(new Tenant("123456789012", "us-east-1"))).build()) {
            SwfService service = swf.service();
            BenchFlow.register(service);
            for (int i = 0; i < closed; i++) {
                service.startWorkflowExecution(BenchFlow.start("closed-" + i));
                decide(service, schedule("A-1", "A", A, "job"));
                String a = work(service, A);
                decide(service, schedule("B-1", "B", B, a));
                String b = work(service, B);
                decide(service, new CompleteWorkflowExecution(b));
            }
            for (int i = 0; i < open; i++) {
                service.startWorkflowExecution(BenchFlow.start("open-" + i));
                decide(service, schedule("A-1", "A", A, "job"));
                poll(service, A);
            }
            journal.whenDurable().join();
        }
    }

    private static ScheduleActivityTask schedule(String id, String type, TaskList list, String input) {
        return new ScheduleActivityTask(id, new ActivityType(type, "1.0"), null, null, input, null, null, null, list, null);
    }

    private static void decide(SwfService service, Decision decision) {
        DecisionTask task = service.pollForDecisionTask(new PollForDecisionTaskRequest(BenchFlow.DOMAIN, "decider",
                null, null, null, null, BenchFlow.DECISIONS)).join();
        service.respondDecisionTaskCompleted(new RespondDecisionTaskCompletedRequest(List.of(decision), null, null, null,
                task.taskToken()));
    }

    private static ActivityTask poll(SwfService service, TaskList list) {
        return service.pollForActivityTask(new PollForActivityTaskRequest(BenchFlow.DOMAIN, "worker", list)).join();
    }

    private static String work(SwfService service, TaskList list) {
        ActivityTask task = poll(service, list);
        String result = task.input() + "+" + list.name();
        service.respondActivityTaskCompleted(new RespondActivityTaskCompletedRequest(result, task.taskToken()));
        return result;
    }
}
