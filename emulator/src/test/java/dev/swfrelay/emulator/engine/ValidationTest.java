package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static void rejected(ThrowingCallable call, String mentioning) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.ValidationException))
                .hasMessageContaining(mentioning);
    }

    @Test
    void shapeViolationsAreValidationExceptionsNamingTheMember() {
        rejected(() -> f.swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED)
                .maximumPageSize(1001).build()), "maximumPageSize");
        rejected(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("x").workflowType(WORKFLOW)
                .taskPriority("high").build()), "taskPriority");
        rejected(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("a:b").workflowType(WORKFLOW)
                .build()), "workflowId");
        rejected(() -> f.swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED)
                .nextPageToken("forged").build()), "nextPageToken");
        rejected(() -> f.swf.listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.builder().domain(DOMAIN)
                .build()), "closeTimeFilter");
        rejected(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("x").workflowType(WORKFLOW)
                .tagList(java.util.List.of("t".repeat(257))).build()), "tagList");
        rejected(() -> f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("x").workflowType(WORKFLOW)
                .executionStartToCloseTimeout(Timeout.NONE).build()), "executionStartToCloseTimeout");
    }

    @Test
    void registrationRejectsWhatSwfRejects() {
        rejected(() -> f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name("w")
                .version("1").defaultExecutionStartToCloseTimeout(Timeout.NONE).build()), "defaultExecutionStartToCloseTimeout");
        rejected(() -> f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name("w")
                .version("1").defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(31_536_001)).build()),
                "defaultExecutionStartToCloseTimeout");
        rejected(() -> f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name("w")
                .version("1").defaultTaskPriority("high").build()), "defaultTaskPriority");
        rejected(() -> f.swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN).name("a")
                .version("1").defaultTaskPriority("9999999999").build()), "defaultTaskPriority");
        f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name("w").version("1")
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(31_536_000)).defaultTaskPriority("-5").build());
    }

    @Test
    void aBadDecisionIsRejectedBeforeAnythingIsApplied() {
        WorkflowExecution run = f.start("wf");
        DecisionTask task = f.pollDecision();
        rejected(() -> f.decide(task.taskToken(), activity("a").toBuilder().taskPriority("urgent").build()), "taskPriority");
        assertThat(f.history(run)).hasSize(3);
        f.decide(task.taskToken(), activity("a"));
        assertThat(f.last(run).eventType()).isEqualTo(EventType.ActivityTaskScheduled);
    }

    @Test
    void closedRunsAreForgottenAfterTheDomainsRetention() {
        WorkflowExecution run = f.start("wf");
        f.swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("wf").build());
        f.clock.advance(Duration.ofHours(23));
        assertThat(f.describe(run).executionInfo().closeStatus()).isEqualTo(CloseStatus.TERMINATED);
        f.clock.advance(Duration.ofHours(2));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.describe(run))
                .isInstanceOfSatisfying(SwfFault.class, e -> assertThat(e.type()).isEqualTo(FaultType.UnknownResourceFault));
    }
}
