package dev.swfrelay.simulation;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.pipeline.Pipeline;
import dev.swfrelay.core.pipeline.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Deterministic simulation testing of a decider and its activity handlers: every seed runs the
 * workload on the in-process emulator, on its virtual clock, on this one thread, with faults
 * fired at the profile's rates by a random stream seeded by the seed. The same seed gives the
 * same histories, byte for byte. After each seed the invariants are checked:
 * <ul>
 *   <li>{@code closes-in-time}: every run closed, and not by its start-to-close timeout (with
 *       {@link Builder#requireCompletion()}, closed as completed);</li>
 *   <li>{@code side-effect-once}: no activity's handler ran to the end twice in a run, unless it
 *       declared an {@linkplain ActivityCall#idempotencyKey idempotency key};</li>
 *   <li>{@code no-decider-bug-failures}: no decision failed with a cause only a decider bug
 *       explains (an id already in use, an id never used, UNHANDLED_DECISION over and over);</li>
 *   <li>{@code replays}: the decider replays every history without divergence ({@code DeciderReplayer});</li>
 *   <li>{@code decider-answers} and {@code stale-answer-refused}: the decider neither threw nor had its
 *       decisions refused, and answers sent late or twice were refused as UnknownResourceFault;</li>
 *   <li>the {@link Builder#invariant user's own}.</li>
 * </ul>
 * A failing seed is shrunk: its faults are cut down to the fewest that still fail.
 *
 * <p>Not thread-safe: one simulation runs on the thread that calls it.
 */
public final class SwfSimulation {

    private static final int SHRINK_BUDGET = 200;
    private final SimulationSetup setup;
    private final long firstSeed;
    private final int seeds;

    private SwfSimulation(SimulationSetup setup, long firstSeed, int seeds) {
        this.setup = setup;
        this.firstSeed = firstSeed;
        this.seeds = seeds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the builder's seeds. */
    public SimulationResult run() {
        return run(firstSeed, seeds, outcome -> { });
    }

    /** Runs {@code count} seeds from {@code first}, telling {@code each} every seed's outcome; shrinks the first failure. */
    public SimulationResult run(long first, int count, Consumer<SeedOutcome> each) {
        Map<FaultKind, Integer> faults = new EnumMap<>(FaultKind.class);
        Map<String, Integer> failures = new TreeMap<>();
        List<Long> failingSeeds = new ArrayList<>();
        int failed = 0;
        SeedOutcome firstFailure = null;
        try (SimulatedWorld world = new SimulatedWorld(setup)) {
            for (int i = 0; i < count; i++) {
                SeedOutcome outcome = world.run(first + i, null);
                outcome.faults().forEach(f -> faults.merge(f.kind(), 1, Integer::sum));
                outcome.failures().forEach(f -> failures.merge(f.invariant(), 1, Integer::sum));
                if (outcome.failed()) {
                    failed++;
                    if (failingSeeds.size() < 100) {
                        failingSeeds.add(outcome.seed());
                    }
                    firstFailure = firstFailure == null ? outcome : firstFailure;
                }
                each.accept(outcome);
            }
            Optional<FailureReport> report = Optional.ofNullable(firstFailure).map(o -> shrink(world, o));
            return new SimulationResult(first, count, (long) count * setup.workload().runs(), faults, failures,
                    failingSeeds, failed, report);
        }
    }

    /** Runs {@code seed} again, exactly as before. */
    public SeedOutcome rerun(long seed) {
        try (SimulatedWorld world = new SimulatedWorld(setup)) {
            return world.run(seed, null);
        }
    }

    /** Runs {@code seed} with exactly the faults listed (keys as in {@link InjectedFault#key()}), e.g. a shrunk schedule. */
    public SeedOutcome rerun(long seed, List<String> faults) {
        try (SimulatedWorld world = new SimulatedWorld(setup)) {
            return world.run(seed, new LinkedHashSet<>(faults));
        }
    }

    /** Shrinks a failing outcome's faults to the fewest that still fail with one of its invariants. */
    public FailureReport shrink(SeedOutcome failing) {
        try (SimulatedWorld world = new SimulatedWorld(setup)) {
            return shrink(world, failing);
        }
    }

    private FailureReport shrink(SimulatedWorld world, SeedOutcome failing) {
        Set<String> invariants = new LinkedHashSet<>();
        failing.failures().forEach(f -> invariants.add(f.invariant()));
        Shrinker shrinker = new Shrinker(faults -> world.run(failing.seed(), Set.copyOf(faults)).failures().stream()
                .anyMatch(f -> invariants.contains(f.invariant())), SHRINK_BUDGET);
        List<String> smallest = shrinker.shrink(failing.faultKeys());
        SeedOutcome shrunk = world.run(failing.seed(), Set.copyOf(smallest));
        return new FailureReport(failing, shrunk.failed() ? shrunk : failing);
    }

    /** Collects a simulation; a decider and at least one activity are required. */
    public static final class Builder {
        private Decider decider;
        private WorkflowType workflowType = new WorkflowType("simulated", "1.0");
        private String decisionTaskList = "decisions";
        private final List<ActivityBinding> activities = new ArrayList<>();
        private Workload workload = Workload.single();
        private FaultProfile faults = FaultProfile.standard();
        private final List<Invariant> invariants = new ArrayList<>();
        private boolean requireCompletion;
        private int maxSteps = 10_000;
        private Instant start = Instant.parse("2026-01-01T00:00:00Z");
        private long seed = 1;
        private int seeds = 1;

        private Builder() {
        }

        public Builder decider(Decider workflowDecider) {
            this.decider = Objects.requireNonNull(workflowDecider, "decider");
            return this;
        }

        /** The pipeline as decider, and each of its steps' activities run by {@code handlerOf(step)} (e.g. stub results). */
        public Builder pipeline(Pipeline pipeline, Function<Step, SimulatedActivity> handlerOf) {
            decider(pipeline);
            for (Step step : pipeline.steps()) {
                activity(step.activityType(), step.taskList().name(), handlerOf.apply(step));
            }
            return this;
        }

        public Builder workflowType(String name, String version) {
            this.workflowType = new WorkflowType(name, version);
            return this;
        }

        public Builder decisionTaskList(String taskList) {
            this.decisionTaskList = Objects.requireNonNull(taskList, "taskList");
            return this;
        }

        /** Activity type {@code name} version 1.0, on {@code taskList}, run by {@code handler}; 5-minute start-to-close. */
        public Builder activity(String name, String taskList, SimulatedActivity handler) {
            return activity(new ActivityType(name, "1.0"), taskList, handler);
        }

        public Builder activity(ActivityType type, String taskList, SimulatedActivity handler) {
            return activity(type, taskList, handler, Duration.ofMinutes(5));
        }

        /** An activity type given twice keeps the last binding (so {@link #pipeline} can replace stubs). */
        public Builder activity(ActivityType type, String taskList, SimulatedActivity handler, Duration startToClose) {
            activities.removeIf(b -> b.type().equals(type));
            activities.add(new ActivityBinding(type, taskList, handler, startToClose));
            return this;
        }

        public Builder workload(Workload runs) {
            this.workload = Objects.requireNonNull(runs, "workload");
            return this;
        }

        public Builder faults(FaultProfile profile) {
            this.faults = Objects.requireNonNull(profile, "faults");
            return this;
        }

        public Builder invariant(Invariant invariant) {
            invariants.add(Objects.requireNonNull(invariant, "invariant"));
            return this;
        }

        /** Every run must close as completed (by default a failed run is a closed run). */
        public Builder requireCompletion() {
            this.requireCompletion = true;
            return this;
        }

        /** The first seed {@link #run()} runs ({@code 1} by default). */
        public Builder seed(long first) {
            this.seed = first;
            return this;
        }

        /** How many seeds {@link #run()} runs ({@code 1} by default). */
        public Builder seeds(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("seeds must be at least 1, was " + count);
            }
            this.seeds = count;
            return this;
        }

        /** Steps one seed may take before it counts as stuck (10,000 by default). */
        public Builder maxSteps(int steps) {
            this.maxSteps = steps;
            return this;
        }

        /** The simulated clock's reading when each seed starts. */
        public Builder startAt(Instant instant) {
            this.start = Objects.requireNonNull(instant, "start");
            return this;
        }

        public SwfSimulation build() {
            if (decider == null) {
                throw new IllegalStateException("a simulation needs a decider (decider(...) or pipeline(...))");
            }
            if (activities.isEmpty()) {
                throw new IllegalStateException("a simulation needs at least one activity handler");
            }
            return new SwfSimulation(new SimulationSetup(decider, workflowType, decisionTaskList, activities, workload,
                    faults, invariants, requireCompletion, maxSteps, start), seed, seeds);
        }
    }
}
