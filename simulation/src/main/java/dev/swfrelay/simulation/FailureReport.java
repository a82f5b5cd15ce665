package dev.swfrelay.simulation;

import java.util.List;
import java.util.Objects;

/**
 * A failing seed, handed back: what failed, the faults injected, the fewest of them that
 * still fail ({@code shrunk}, rerun with exactly those faults), and the failing run's history
 * in SWF's JSON. {@link SwfSimulation#rerun(long)} reproduces {@code original} exactly;
 * {@link SwfSimulation#rerun(long, List)} with {@link #shrunkFaults()} reproduces {@code shrunk}.
 */
public record FailureReport(SeedOutcome original, SeedOutcome shrunk) {

    public FailureReport {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(shrunk, "shrunk");
    }

    public long seed() {
        return original.seed();
    }

    public List<String> shrunkFaults() {
        return shrunk.faultKeys();
    }

    /** The failing run's history in SWF's JSON, from the shrunk schedule (as the console and {@code swf-relay replay} read it). */
    public String historyJson() {
        return shrunk.failingRun().or(original::failingRun).map(RunHistory::json).orElse("{\"events\":[]}");
    }

    /** A person's account: seed, failures, faults injected, the shrunk schedule. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("seed ").append(seed()).append(" fails:\n");
        original.failures().forEach(f -> text.append("  ").append(f).append('\n'));
        text.append("faults injected (").append(original.faults().size()).append("):\n");
        original.faults().forEach(f -> text.append("  ").append(f).append('\n'));
        text.append("shrunk to ").append(shrunk.faults().size()).append(" fault(s) that still fail:\n");
        shrunk.faults().forEach(f -> text.append("  ").append(f).append('\n'));
        shrunk.failures().forEach(f -> text.append("  -> ").append(f).append('\n'));
        return text.toString();
    }
}
