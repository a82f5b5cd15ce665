package dev.swfrelay.simulation;

import dev.swfrelay.core.model.ActivityType;
import java.time.Duration;
import java.util.Objects;

/** An activity type, the task list its simulated workers poll, its handler and its registered start-to-close timeout. */
record ActivityBinding(ActivityType type, String taskList, SimulatedActivity handler, Duration startToClose) {

    ActivityBinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(taskList, "taskList");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(startToClose, "startToClose");
    }
}
