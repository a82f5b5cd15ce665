package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.model.decision.ScheduleLambdaFunction;
import dev.swfrelay.core.model.event.*;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lambda tasks run the functions registered with the emulator, with SWF's events and failures. */
class LambdaTaskTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/swf-lambda";

    private final CountDownLatch release = new CountDownLatch(1);
    private final EngineFixture f = new EngineFixture(b -> b.limits(Limits.swf().withMaxOpenLambdas(2))
            .lambdaFunction("upper", String::toUpperCase)
            .lambdaFunction("boom", input -> {
                throw new LambdaFunctionFailure("bad input", "cannot take " + input);
            })
            .lambdaFunction("hang", input -> {
                release.await();
                return "late";
            }));

    @AfterEach
    void close() {
        release.countDown();
        f.close();
    }

    private WorkflowExecution startWithRole(String id) {
        return f.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(id).workflowType(WORKFLOW)
                .lambdaRole(ROLE).build());
    }

    private static ScheduleLambdaFunction lambda(String id, String name, String input, Timeout timeout) {
        return new ScheduleLambdaFunction(null, id, input, name, timeout);
    }

    private void awaitLast(EngineFixture fixture, WorkflowExecution run, EventType type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.types(run).contains(type));
    }

    @Test
    void aFunctionsResultCompletesItsTaskAndSchedulesADecision() {
        WorkflowExecution run = startWithRole("ok");
        f.decide(f.pollDecision().taskToken(), lambda("l1", "upper", "abc", null));
        awaitLast(f, run, EventType.LambdaFunctionCompleted);
        List<EventType> types = f.types(run);
        assertThat(types.subList(4, types.size())).containsExactly(EventType.LambdaFunctionScheduled,
                EventType.LambdaFunctionStarted, EventType.LambdaFunctionCompleted, EventType.DecisionTaskScheduled);
        LambdaFunctionScheduled scheduled = (LambdaFunctionScheduled) f.event(run, 5).attributes();
        assertThat(scheduled.startToCloseTimeout()).isEqualTo(Timeout.ofSeconds(900));
        assertThat(((LambdaFunctionCompleted) f.event(run, 7).attributes()))
                .isEqualTo(new LambdaFunctionCompleted("ABC", 5, 6));
        assertThat(f.pollDecision().taskToken()).isNotNull();
    }

    @Test
    void aFunctionThatThrowsFailsItsTask() {
        WorkflowExecution run = startWithRole("fails");
        f.decide(f.pollDecision().taskToken(), lambda("l1", "boom", "x", null));
        awaitLast(f, run, EventType.LambdaFunctionFailed);
        assertThat(f.event(run, 7).attributes()).isEqualTo(new LambdaFunctionFailed("cannot take x", "bad input", 5, 6));
        assertThat(f.last(run).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
    }

    @Test
    void aFunctionThatHangsPastItsTimeoutTimesOutAndItsLateResultIsDropped() {
        WorkflowExecution run = startWithRole("hangs");
        f.decide(f.pollDecision().taskToken(), lambda("l1", "hang", "x", Timeout.ofSeconds(5)));
        f.clock.advance(Duration.ofSeconds(4));
        assertThat(f.types(run)).doesNotContain(EventType.LambdaFunctionTimedOut);
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.event(run, 7).attributes())
                .isEqualTo(new LambdaFunctionTimedOut(5, 6, LambdaFunctionTimeoutType.START_TO_CLOSE));
        assertThat(f.last(run).eventType()).isEqualTo(EventType.DecisionTaskScheduled);
        assertThat(f.types(run)).doesNotContain(EventType.LambdaFunctionCompleted);
    }

    @Test
    void aReusedIdAndTooManyOpenFunctionsFailToSchedule() {
        WorkflowExecution run = startWithRole("crowded");
        f.decide(f.pollDecision().taskToken(), lambda("l1", "hang", "x", null), lambda("l1", "hang", "y", null),
                lambda("l2", "hang", "z", null), lambda("l3", "hang", "w", null));
        List<ScheduleLambdaFunctionFailed> failures = f.history(run).stream()
                .map(HistoryEvent::attributes).filter(ScheduleLambdaFunctionFailed.class::isInstance)
                .map(ScheduleLambdaFunctionFailed.class::cast).toList();
        assertThat(failures).extracting(ScheduleLambdaFunctionFailed::id, ScheduleLambdaFunctionFailed::cause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("l1", ScheduleLambdaFunctionFailedCause.ID_ALREADY_IN_USE),
                        org.assertj.core.groups.Tuple.tuple("l3",
                                ScheduleLambdaFunctionFailedCause.OPEN_LAMBDA_FUNCTIONS_LIMIT_EXCEEDED));
    }

    @Test
    void aRunWithoutALambdaRoleCannotScheduleAFunction() {
        WorkflowExecution run = f.start("no-role");
        f.decide(f.pollDecision().taskToken(), lambda("l1", "upper", "abc", null));
        assertThat(f.event(run, 5).attributes()).isEqualTo(new ScheduleLambdaFunctionFailed(
                ScheduleLambdaFunctionFailedCause.LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION, 4, "l1", "upper"));
    }

    @Test
    void anUnregisteredNameIsScheduledAndFailsToStart() {
        WorkflowExecution run = startWithRole("nosuch");
        f.decide(f.pollDecision().taskToken(), lambda("l1", "nosuch", "abc", null));
        assertThat(f.types(run).subList(4, 7)).containsExactly(EventType.LambdaFunctionScheduled,
                EventType.StartLambdaFunctionFailed, EventType.DecisionTaskScheduled);
        assertThat(f.event(run, 6).attributes())
                .isEqualTo(new StartLambdaFunctionFailed(null, "Function not found: nosuch", 5L));
    }

    @Test
    void anEmulatorWithNoFunctionsHasNoLambdaServiceInItsRegion() {
        try (EngineFixture none = new EngineFixture()) {
            WorkflowExecution run = none.start(StartWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId("w")
                    .workflowType(WORKFLOW).lambdaRole(ROLE).build());
            none.decide(none.pollDecision().taskToken(), lambda("l1", "upper", "abc", null));
            assertThat(none.event(run, 5).attributes()).isEqualTo(new ScheduleLambdaFunctionFailed(
                    ScheduleLambdaFunctionFailedCause.LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION, 4, "l1", "upper"));
        }
    }
}
