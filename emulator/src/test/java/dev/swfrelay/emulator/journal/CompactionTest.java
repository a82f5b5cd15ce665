package dev.swfrelay.emulator.journal;

import static dev.swfrelay.emulator.engine.EngineFixture.ACTIVITIES;
import static dev.swfrelay.emulator.engine.EngineFixture.DECISIONS;
import static dev.swfrelay.emulator.engine.EngineFixture.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.api.CountPendingDecisionTasksRequest;
import dev.swfrelay.core.api.DescribeWorkflowExecutionRequest;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.ListClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest;
import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.api.RespondActivityTaskCompletedRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.ContinueAsNewWorkflowExecution;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.EngineFixture;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A snapshot is a compacted journal: an engine restored from the compaction of any prefix of its changes
 * followed by the rest reads, through SWF's API, exactly as one restored from every change; runs past
 * their domain's retention are left out of it, and a held task token still answers its task.
 */
class CompactionTest {

    private static final Tenant TENANT = new Tenant("123456789012", "us-east-1");

    /** Keeps every change in order, as the journal would read them back. */
    private static final class Recorder implements ChangeLog {
        final List<Journal.Entry> entries = new ArrayList<>();

        @Override
        public void begin() {
        }

        @Override
        public void record(Change change) {
            entries.add(new Journal.Entry(TENANT, change));
        }

        @Override
        public void retract(Change change) {
            entries.remove(entries.lastIndexOf(new Journal.Entry(TENANT, change)));
        }

        @Override
        public void end() {
        }
    }

    private final Recorder recorder = new Recorder();
    private final EngineFixture f = new EngineFixture(b -> b.changeLog(recorder));
    private final List<SwfEmulator> restored = new ArrayList<>();
    private final List<WorkflowExecution> runs = new ArrayList<>();
    private String heldActivity;
    private String heldDecision;

    @AfterEach
    void close() {
        f.close();
        restored.forEach(SwfEmulator::close);
    }

    @Test
    void aCompactedPrefixAndTheRestRestoreToWhatEveryChangeRestoresTo() {
        workload();
        List<Journal.Entry> all = List.copyOf(recorder.entries);
        SwfService full = restore(all);
        List<Object> expected = view(full);
        assertThat(expected.toString()).contains("UnknownResourceFault").contains("COMPLETED").contains("CONTINUED_AS_NEW");

        for (int split = 0; split <= all.size(); split += 3) {
            Compaction compaction = new Compaction(f.clock.now());
            all.subList(0, split).forEach(compaction::add);
            List<Journal.Entry> compacted = new ArrayList<>(compaction.result(null));
            compacted.addAll(all.subList(split, all.size()));
            assertThat(view(restore(compacted))).as("compacted up to change %d of %d", split, all.size())
                    .isEqualTo(expected);
        }
    }

    @Test
    void runsPastRetentionTheirTokensAndAllButTheLastHeartbeatAreLeftOut() {
        workload();
        Compaction compaction = new Compaction(f.clock.now());
        recorder.entries.forEach(compaction::add);
        List<Journal.Entry> compacted = compaction.result(null);

        assertThat(compacted).hasSizeLessThan(recorder.entries.size());
        assertThat(compacted).noneMatch(e -> e.change() instanceof EventRecorded r && r.run().equals(runs.get(0)));
        assertThat(compacted).filteredOn(e -> e.change() instanceof dev.swfrelay.emulator.engine.change.HeartbeatRecorded)
                .hasSize(1);

        SwfService swf = restore(compacted);
        swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("after", heldActivity));
        swf.respondActivityTaskCompleted(RespondActivityTaskCompletedRequest.builder().taskToken(heldActivity)
                .result("done").build());
        f.decide(heldDecision);
    }

    /** Runs: one closed and then past retention, one held activity that heartbeat twice, a held decision, a timer, a closed one, a continuation. */
    private void workload() {
        runs.add(f.start("expired"));
        f.decide(f.pollDecision().taskToken(), new CompleteWorkflowExecution("early"));
        f.clock.advance(Duration.ofDays(2));

        runs.add(f.start("working"));
        f.decide(f.pollDecision().taskToken(), EngineFixture.activity("a1"));
        ActivityTask activity = f.pollActivity();
        heldActivity = activity.taskToken();
        f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("10%", heldActivity));
        f.clock.advance(Duration.ofSeconds(5));
        f.swf.recordActivityTaskHeartbeat(new RecordActivityTaskHeartbeatRequest("20%", heldActivity));

        runs.add(f.start("timed"));
        f.decide(f.pollDecision().taskToken(), new StartTimer(null, Timeout.ofSeconds(600), "t1"));

        runs.add(f.start("done"));
        f.decide(f.pollDecision().taskToken(), new CompleteWorkflowExecution("ok"));

        runs.add(f.start("loop"));
        f.decide(f.pollDecision().taskToken(), ContinueAsNewWorkflowExecution.builder().input("round-2").build());
        DecisionTask next = f.pollDecision();
        runs.add(next.workflowExecution());
        f.clock.advance(Duration.ofSeconds(3));

        runs.add(f.start("held"));
        heldDecision = f.pollDecision().taskToken();
        f.swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("timed")
                .signalName("go").input("x").build());
    }

    private SwfService restore(List<Journal.Entry> entries) {
        SwfEmulator emulator = SwfEmulator.builder().clock(VirtualClock.frozenAt(f.clock.now()))
                .pollHold(Duration.ofMillis(100)).build();
        restored.add(emulator);
        emulator.restore(entries.stream().map(Journal.Entry::change).toList());
        return emulator.service();
    }

    /** What SWF's API shows of the runs: histories, descriptions, lists, counts and pending counts. */
    private List<Object> view(SwfService swf) {
        ExecutionTimeFilter all = new ExecutionTimeFilter(null, Instant.EPOCH);
        List<Object> view = new ArrayList<>();
        for (WorkflowExecution run : runs) {
            view.add(read(() -> swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder()
                    .domain(DOMAIN).execution(run).build()).events()));
            view.add(read(() -> swf.describeWorkflowExecution(DescribeWorkflowExecutionRequest.builder()
                    .domain(DOMAIN).execution(run).build())));
        }
        view.add(swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(all).build()).executionInfos());
        view.add(swf.listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(all).build()).executionInfos());
        view.add(swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(all).build()));
        view.add(swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(all).build()));
        view.add(swf.countPendingDecisionTasks(new CountPendingDecisionTasksRequest(DOMAIN, DECISIONS)));
        view.add(swf.countPendingActivityTasks(new CountPendingActivityTasksRequest(DOMAIN, ACTIVITIES)));
        return view;
    }

    private static Object read(Supplier<Object> call) {
        try {
            return call.get();
        } catch (SwfFault fault) {
            return fault.type() + ": " + fault.getMessage();
        }
    }
}
