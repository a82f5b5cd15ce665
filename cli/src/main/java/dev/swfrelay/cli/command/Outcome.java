package dev.swfrelay.cli.command;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.WorkflowExecutionCompleted;
import dev.swfrelay.core.model.event.WorkflowExecutionFailed;
import java.io.PrintWriter;

/** How a followed execution ended, as output and exit code: 0 only when it completed. */
final class Outcome {

    private Outcome() {
    }

    static int report(HistoryEvent closing, PrintWriter out, PrintWriter err) {
        if (closing.attributes() instanceof WorkflowExecutionCompleted completed) {
            String result = completed.result() == null ? "" : completed.result();
            out.print(result.endsWith("\n") || result.isEmpty() ? result : result + "\n");
            out.flush();
            return 0;
        }
        if (closing.attributes() instanceof WorkflowExecutionFailed failed) {
            err.println("swf-relay: the execution failed: " + failed.reason()
                    + (failed.details() == null || failed.details().isBlank() ? "" : ": " + oneLine(failed.details())));
        } else {
            err.println("swf-relay: the execution ended with " + closing.eventType());
        }
        err.flush();
        return 1;
    }

    private static String oneLine(String text) {
        String flat = text.strip().replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
