package dev.swfrelay.emulator.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.WorkflowType;
import org.junit.jupiter.api.Test;

/** Each engine entity's state machine allows its life's moves and throws on any other. */
class StateMachineTest {

    @Test
    void decisionTaskCannotStartWithoutBeingScheduled() {
        DecisionSlot slot = new DecisionSlot();
        assertThatThrownBy(() -> slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision task cannot move from IDLE to STARTED");
    }

    @Test
    void decisionTaskCannotCompleteTwice() {
        DecisionSlot slot = new DecisionSlot();
        slot.lifecycle.moveTo(DecisionSlot.Phase.SCHEDULED);
        slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED);
        slot.lifecycle.moveTo(DecisionSlot.Phase.STARTED_EVENTS_UNSEEN);
        slot.lifecycle.moveTo(DecisionSlot.Phase.COMPLETING_EVENTS_UNSEEN);
        assertThat(slot.unhandled()).isTrue();
        slot.lifecycle.moveTo(DecisionSlot.Phase.IDLE);
        assertThat(slot.openCount()).isZero();
        assertThatThrownBy(() -> slot.lifecycle.moveTo(DecisionSlot.Phase.COMPLETING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision task cannot move from IDLE to COMPLETING");
    }

    @Test
    void closedActivityTaskCannotStart() {
        ActivityState activity = new ActivityState(null, "a", null, 5, null, 0, null, null, null, null, null);
        activity.lifecycle.moveTo(ActivityState.Phase.CLOSED);
        assertThatThrownBy(() -> activity.lifecycle.moveTo(ActivityState.Phase.STARTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("activity task cannot move from CLOSED to STARTED");
    }

    @Test
    void activityTaskNotStartedCannotBeMarkedCancelRequested() {
        ActivityState activity = new ActivityState(null, "a", null, 5, null, 0, null, null, null, null, null);
        assertThatThrownBy(() -> activity.lifecycle.moveTo(ActivityState.Phase.CANCEL_REQUESTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("activity task cannot move from SCHEDULED to CANCEL_REQUESTED");
        activity.lifecycle.moveTo(ActivityState.Phase.STARTED);
        activity.lifecycle.moveTo(ActivityState.Phase.CANCEL_REQUESTED);
        assertThat(activity.started()).isTrue();
    }

    @Test
    void canceledTimerCannotFire() {
        TimerState timer = new TimerState("t", 3);
        timer.lifecycle.moveTo(TimerState.Phase.CANCELED);
        assertThatThrownBy(() -> timer.lifecycle.moveTo(TimerState.Phase.FIRED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("timer cannot move from CANCELED to FIRED");
    }

    @Test
    void closedChildCannotStart() {
        ChildState child = new ChildState("w", new WorkflowType("wf", "1"), 4);
        child.lifecycle.moveTo(ChildState.Phase.STARTED);
        assertThatThrownBy(() -> child.lifecycle.moveTo(ChildState.Phase.STARTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("child run cannot move from STARTED to STARTED");
        child.lifecycle.moveTo(ChildState.Phase.CLOSED);
        assertThatThrownBy(() -> child.lifecycle.moveTo(ChildState.Phase.STARTED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closedLambdaTaskCannotCloseAgain() {
        LambdaState lambda = new LambdaState("l1", 5);
        lambda.lifecycle.moveTo(LambdaState.Phase.STARTED);
        lambda.lifecycle.moveTo(LambdaState.Phase.CLOSED);
        assertThatThrownBy(() -> lambda.lifecycle.moveTo(LambdaState.Phase.CLOSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lambda task cannot move from CLOSED to CLOSED");
    }
}
