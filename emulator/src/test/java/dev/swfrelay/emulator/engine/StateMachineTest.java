package dev.swfrelay.emulator.engine;

import dev.swfrelay.emulator.engine.activity.state.ActivityState;
import dev.swfrelay.emulator.engine.child.state.ChildState;
import dev.swfrelay.emulator.engine.decision.state.DecisionSlot;
import dev.swfrelay.emulator.engine.lambda.state.LambdaState;
import dev.swfrelay.emulator.engine.timer.state.TimerState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import org.junit.jupiter.api.Test;

/** Each engine entity's state machine allows its life's moves and throws on any other. */
class StateMachineTest {

    @Test
    void decisionTaskCannotStartWithoutBeingScheduled() {
        DecisionSlot slot = new DecisionSlot();
        assertThatThrownBy(() -> slot.started(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision task cannot move from IDLE to STARTED");
    }

    @Test
    void decisionTaskCannotCompleteTwice() {
        DecisionSlot slot = new DecisionSlot();
        slot.scheduled(2);
        slot.started(3);
        assertThat(slot.eventArrived()).isFalse();
        slot.completed();
        assertThat(slot.unhandled()).isTrue();
        assertThat(slot.completingEnded()).isTrue();
        assertThat(slot.openCount()).isZero();
        assertThatThrownBy(slot::completed)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision task cannot move from IDLE to COMPLETING");
    }

    @Test
    void closedActivityTaskCannotStart() {
        ActivityState activity = activity();
        activity.closed();
        assertThatThrownBy(() -> activity.started(6))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("activity task cannot move from CLOSED to STARTED");
    }

    @Test
    void activityTaskNotStartedCannotBeMarkedCancelRequested() {
        ActivityState activity = activity();
        assertThat(activity.cancelRequested(6)).isFalse();
        assertThat(activity.phase()).isEqualTo(ActivityState.Phase.SCHEDULED);
        activity.started(7);
        assertThat(activity.cancelRequested(8)).isTrue();
        assertThat(activity.phase()).isEqualTo(ActivityState.Phase.CANCEL_REQUESTED);
        assertThat(activity.started()).isTrue();
    }

    @Test
    void canceledTimerCannotFire() {
        TimerState timer = new TimerState("t", 3);
        timer.canceled();
        assertThatThrownBy(timer::fired)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("timer cannot move from CANCELED to FIRED");
    }

    @Test
    void closedChildCannotStart() {
        ChildState child = new ChildState("w", new WorkflowType("wf", "1"), 4);
        child.started(null, 5);
        assertThatThrownBy(() -> child.started(null, 6))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("child run cannot move from STARTED to STARTED");
        child.closed();
        assertThatThrownBy(() -> child.started(null, 7))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closedLambdaTaskCannotCloseAgain() {
        LambdaState lambda = new LambdaState("l1", 5);
        lambda.started(6);
        lambda.closed();
        assertThatThrownBy(lambda::closed)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lambda task cannot move from CLOSED to CLOSED");
    }

    private static ActivityState activity() {
        return new ActivityState(5, new ActivityTaskScheduled("a", new ActivityType("t", "1"), null, 4, null, null,
                null, null, null, new TaskList("l"), null));
    }
}
