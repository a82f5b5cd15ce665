package dev.swfrelay.it.console;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.StartTimer;
import java.util.List;

/** Waits five minutes on a timer, then completes: the workflow the clock page moves on. */
final class TimerDecider implements Decider {

    @Override
    public List<Decision> decide(DecisionTask task) {
        if (task.events().stream().anyMatch(e -> e.eventType() == EventType.TimerFired)) {
            return List.of(new CompleteWorkflowExecution("waited five minutes"));
        }
        if (task.events().stream().anyMatch(e -> e.eventType() == EventType.TimerStarted)) {
            return List.of();
        }
        return List.of(StartTimer.builder().timerId("five-minutes").startToFireTimeout(Timeout.ofSeconds(300)).build());
    }
}
