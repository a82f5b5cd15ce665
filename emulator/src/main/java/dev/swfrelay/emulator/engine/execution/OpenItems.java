package dev.swfrelay.emulator.engine.execution;

import java.util.HashMap;
import java.util.Map;

/**
 * An open run's activities (by activity id), timers (by timer id), children (by workflow
 * id) and Lambda tasks (by id). The maps are created on first use, so an idle run costs little heap.
 */
final class OpenItems {

    private Map<String, ActivityState> activities;
    private Map<String, TimerState> timers;
    private Map<String, ChildState> children;
    private Map<String, LambdaState> lambdas;

    Map<String, ActivityState> activities() {
        if (activities == null) {
            activities = new HashMap<>(4);
        }
        return activities;
    }

    Map<String, TimerState> timers() {
        if (timers == null) {
            timers = new HashMap<>(4);
        }
        return timers;
    }

    Map<String, ChildState> children() {
        if (children == null) {
            children = new HashMap<>(4);
        }
        return children;
    }

    Map<String, LambdaState> lambdas() {
        if (lambdas == null) {
            lambdas = new HashMap<>(4);
        }
        return lambdas;
    }

    int lambdaCount() {
        return lambdas == null ? 0 : lambdas.size();
    }

    int activityCount() {
        return activities == null ? 0 : activities.size();
    }

    int timerCount() {
        return timers == null ? 0 : timers.size();
    }

    int childCount() {
        return children == null ? 0 : children.size();
    }
}
