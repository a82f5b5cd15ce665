package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.FailWorkflowExecution;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private static final ExecutionTimeFilter ALL = new ExecutionTimeFilter(null, T0.minusSeconds(3600));
    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private WorkflowExecution startTagged(String id, String tag) {
        WorkflowExecution run = f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(id)
                .workflowType(WORKFLOW).tagList(List.of(tag)).build());
        f.clock.advance(Duration.ofSeconds(1));
        return run;
    }

    @Test
    void openExecutionsAreListedNewestFirstWithFiltersAndPages() {
        startTagged("a", "red");
        startTagged("b", "blue");
        startTagged("c", "red");
        WorkflowExecutionInfos page = f.swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder()
                .domain(DOMAIN).startTimeFilter(ALL).maximumPageSize(2).build());
        assertThat(page.executionInfos()).extracting(i -> i.execution().workflowId()).containsExactly("c", "b");
        WorkflowExecutionInfos rest = f.swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder()
                .domain(DOMAIN).startTimeFilter(ALL).maximumPageSize(2).nextPageToken(page.nextPageToken()).build());
        assertThat(rest.executionInfos()).extracting(i -> i.execution().workflowId()).containsExactly("a");
        assertThat(f.swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).tagFilter(new TagFilter("red")).reverseOrder(true).build()).executionInfos())
                .extracting(i -> i.execution().workflowId()).containsExactly("a", "c");
        assertThat(f.swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(new ExecutionTimeFilter(null, T0.plusSeconds(1))).build()).count()).isEqualTo(2);
        assertThat(f.swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).executionFilter(new WorkflowExecutionFilter("b")).build()).count()).isEqualTo(1);
        assertThatThrownBy(() -> f.swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder()
                .domain(DOMAIN).startTimeFilter(ALL).executionFilter(new WorkflowExecutionFilter("b"))
                .tagFilter(new TagFilter("red")).build()))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.ValidationException));
    }

    @Test
    void closedExecutionsFilterByCloseStatusAndCloseTime() {
        startTagged("ok", "t");
        startTagged("bad", "t");
        f.decide(f.pollDecision().taskToken(), new CompleteWorkflowExecution("r"));
        f.clock.advance(Duration.ofSeconds(10));
        f.decide(f.pollDecision().taskToken(), new FailWorkflowExecution("d", "boom"));
        ListClosedWorkflowExecutionsRequest.Builder failed = ListClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).closeStatusFilter(new CloseStatusFilter(CloseStatus.FAILED));
        assertThat(f.swf.listClosedWorkflowExecutions(failed.build()).executionInfos())
                .extracting(i -> i.execution().workflowId()).containsExactly("bad");
        assertThat(f.swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .closeTimeFilter(new ExecutionTimeFilter(null, T0.plusSeconds(5))).build()).count()).isEqualTo(1);
        assertThat(f.swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).build()).count()).isZero();
    }

    @Test
    void aWorkflowIdFilterFindsEachRunOfThatIdAndNoOtherUntilItsRetentionEnds() {
        WorkflowExecution first = startTagged("same", "t");
        f.decide(f.pollDecision().taskToken(), new CompleteWorkflowExecution("1"));
        WorkflowExecution second = startTagged("same", "t");
        f.decide(f.pollDecision().taskToken(), new FailWorkflowExecution("d", "2"));
        startTagged("other", "t");
        f.decide(f.pollDecision().taskToken(), new CompleteWorkflowExecution("x"));
        WorkflowExecution third = startTagged("same", "t");
        WorkflowExecutionFilter same = new WorkflowExecutionFilter("same");

        assertThat(f.swf.listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).executionFilter(same).build()).executionInfos())
                .extracting(WorkflowExecutionInfo::execution).containsExactly(second, first);
        assertThat(f.swf.listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).executionFilter(same).build()).executionInfos())
                .extracting(WorkflowExecutionInfo::execution).containsExactly(third);
        assertThat(f.swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).executionFilter(same).build()).count()).isEqualTo(2);

        f.clock.advance(Duration.ofDays(1).plusSeconds(10));
        assertThat(f.swf.listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).executionFilter(same).build()).executionInfos())
                .as("the first two past the one-day retention; the third timed out an hour after its start")
                .extracting(WorkflowExecutionInfo::execution, WorkflowExecutionInfo::closeStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(third, CloseStatus.TIMED_OUT));
        assertThat(f.swf.countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .startTimeFilter(ALL).executionFilter(same).build()).count()).isZero();
    }

    @Test
    void historyPagesAndReverseOrder() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), new CompleteWorkflowExecution("r"));
        History first = f.swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder().domain(DOMAIN)
                .execution(run).maximumPageSize(3).build());
        assertThat(first.events()).extracting(HistoryEvent::eventId).containsExactly(1L, 2L, 3L);
        History second = f.swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder().domain(DOMAIN)
                .execution(run).maximumPageSize(3).nextPageToken(first.nextPageToken()).build());
        assertThat(second.events()).extracting(HistoryEvent::eventId).containsExactly(4L, 5L);
        assertThat(second.nextPageToken()).isNull();
        History reversed = f.swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder().domain(DOMAIN)
                .execution(run).reverseOrder(true).build());
        assertThat(reversed.events()).extracting(HistoryEvent::eventId).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void describeShowsConfigurationAndOpenCounts() {
        WorkflowExecution run = f.start("wf");
        f.decide(f.pollDecision().taskToken(), activity("a"), new dev.swfrelay.core.model.decision.StartTimer(null,
                Timeout.ofSeconds(60), "t"));
        WorkflowExecutionDetail detail = f.describe(run);
        assertThat(detail.executionConfiguration().taskList()).isEqualTo(DECISIONS);
        assertThat(detail.executionConfiguration().childPolicy()).isEqualTo(ChildPolicy.TERMINATE);
        assertThat(detail.openCounts().openActivityTasks()).isEqualTo(1);
        assertThat(detail.openCounts().openTimers()).isEqualTo(1);
        assertThat(detail.openCounts().openDecisionTasks()).isZero();
        assertThat(detail.executionInfo().startTimestamp()).isEqualTo(T0);
        assertThatThrownBy(() -> f.describe(new WorkflowExecution("nope", "wf")))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
    }
}
