package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.model.HistoryEvent;
import java.util.List;

/** An execution's history in SWF's JSON: {@code {"events": [...]}}, as GetWorkflowExecutionHistory answers. */
final class HistoryJson {

    private HistoryJson() {
    }

    static String write(List<HistoryEvent> events) {
        throw new UserError("--json is not available in this build");
    }
}
