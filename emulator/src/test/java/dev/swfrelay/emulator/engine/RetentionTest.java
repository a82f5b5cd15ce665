package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.DOMAIN;
import static dev.swfrelay.emulator.engine.EngineFixture.WORKFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.CountClosedWorkflowExecutionsRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.api.TerminateWorkflowExecutionRequest;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closed runs leave memory once their domain's retention period has passed on the engine's clock: told the clock moved,
 * the engine forgets them all at once (in retention order, counted); reads of them answer as for an unknown run;
 * retention {@code 0} keeps a run until the clock moves past its close.
 */
class RetentionTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void closedRunsPastRetentionAreForgottenInRetentionOrderWhenTheClockMoves() {
        WorkflowExecution first = closed("first");
        f.clock.advance(Duration.ofHours(12));
        WorkflowExecution second = closed("second");

        f.clock.advance(Duration.ofHours(13));
        assertThat(f.emulator.forgetExpired()).as("only the first is past its day").isEqualTo(1);
        assertThat(closedCount(DOMAIN)).isEqualTo(1);
        assertUnknown(first);
        assertThat(f.describe(second).executionInfo().execution()).isEqualTo(second);

        f.clock.advance(Duration.ofHours(12));
        assertThat(f.emulator.forgetExpired()).isEqualTo(1);
        assertThat(f.emulator.forgetExpired()).as("nothing twice").isZero();
        assertThat(closedCount(DOMAIN)).isZero();
        assertUnknown(second);
    }

    @Test
    void retentionZeroKeepsARunUntilTheClockMovesPastItsClose() {
        f.swf.registerDomain(RegisterDomainRequest.builder().name("fleeting").workflowExecutionRetentionPeriodInDays("0")
                .build());
        f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("fleeting").name(WORKFLOW.name())
                .version(WORKFLOW.version()).defaultTaskList(EngineFixture.DECISIONS).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(3600))
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(30)).build());
        f.swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain("fleeting").workflowId("wf")
                .workflowType(WORKFLOW).build());
        f.swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain("fleeting").workflowId("wf")
                .build());

        assertThat(closedCount("fleeting")).isEqualTo(1);
        f.clock.advance(Duration.ofMillis(1));
        assertThat(f.emulator.forgetExpired()).isEqualTo(1);
        assertThat(closedCount("fleeting")).isZero();
    }

    private WorkflowExecution closed(String workflowId) {
        WorkflowExecution run = f.start(workflowId);
        f.swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(workflowId)
                .build());
        return run;
    }

    private long closedCount(String domain) {
        return f.swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().domain(domain)
                .startTimeFilter(new ExecutionTimeFilter(null, Instant.EPOCH)).build()).count();
    }

    private void assertUnknown(WorkflowExecution run) {
        assertThatThrownBy(() -> f.describe(run)).isInstanceOfSatisfying(SwfFault.class, e -> {
            assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault);
            assertThat(e.getMessage()).contains("Unknown execution");
        });
    }
}
