package dev.swfrelay.cli.simulate;

import dev.swfrelay.cli.history.Timeline;
import dev.swfrelay.simulation.FailureReport;
import dev.swfrelay.simulation.FaultKind;
import dev.swfrelay.simulation.InjectedFault;
import dev.swfrelay.simulation.InvariantFailure;
import dev.swfrelay.simulation.RunHistory;
import dev.swfrelay.simulation.SimulationResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** {@code swf-relay simulate}'s account: the summary table, then the first failure's story. */
public final class SimulationText {

    private SimulationText() {
    }

    public static void summary(PrintWriter out, SimulationResult result, double seconds) {
        out.println();
        row(out, "seeds", result.seeds() + " (from " + result.firstSeed() + ")");
        row(out, "runs", Long.toString(result.runs()));
        row(out, "seeds failing", Integer.toString(result.failedSeeds()));
        row(out, "runs per second", String.format(Locale.ROOT, "%.0f", result.runs() / Math.max(seconds, 1e-9)));
        out.println("faults fired");
        boolean any = false;
        for (FaultKind kind : FaultKind.values()) {
            int fired = result.faultsByKind().getOrDefault(kind, 0);
            if (fired > 0) {
                row(out, "  " + kind.label(), Integer.toString(fired));
                any = true;
            }
        }
        if (!any) {
            out.println("  (none)");
        }
        out.println("invariant failures");
        for (Map.Entry<String, Integer> e : result.failuresByInvariant().entrySet()) {
            row(out, "  " + e.getKey(), e.getValue().toString());
        }
        if (result.failuresByInvariant().isEmpty()) {
            out.println("  (none)");
        }
    }

    public static void failure(PrintWriter out, FailureReport report) {
        out.println();
        out.println("FIRST FAILURE: seed " + report.seed());
        for (InvariantFailure failure : report.original().failures()) {
            out.println("  " + failure);
        }
        out.println("faults injected (" + report.original().faults().size() + "):");
        report.original().faults().forEach(f -> out.println("  " + f));
        out.println("shrunk to " + report.shrunk().faults().size() + " fault(s) that still fail:");
        for (InjectedFault fault : report.shrunk().faults()) {
            out.println("  " + fault);
        }
        report.shrunk().failingRun().ifPresent(run -> timeline(out, run));
    }

    private static void timeline(PrintWriter out, RunHistory run) {
        out.println("timeline of " + run.workflowId() + " (shrunk schedule):");
        Timeline.render(run.events()).forEach(line -> out.println("  " + line));
    }

    private static void row(PrintWriter out, String name, String value) {
        out.println(String.format(Locale.ROOT, "%-26s %s", name, value));
    }
}
