package dev.swfrelay.emulator.engine.task;

import dev.swfrelay.core.model.Faults;

/** SWF's task priorities: a decimal integer as a string, higher first, 0 when absent. */
public final class Priorities {

    private Priorities() {
    }

    public static int parse(String priority) {
        return parse(priority, "taskPriority");
    }

    /** As {@link #parse(String)}, naming {@code member} in the fault. */
    public static int parse(String priority, String member) {
        if (priority == null) {
            return 0;
        }
        try {
            return Integer.parseInt(priority);
        } catch (NumberFormatException e) {
            throw Faults.invalid(priority, member, Faults.PRIORITY);
        }
    }
}
