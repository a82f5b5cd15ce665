package dev.swfrelay.core.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which steps of a pipeline run after which: each step's dependencies (its {@code after},
 * by default the step before it) as positions, and the steps nothing depends on. Built only
 * from steps that can all run: unique names, dependencies that exist, no cycle.
 */
final class StepGraph {

    private final List<List<Integer>> dependencies;
    private final List<Integer> sinks;

    private StepGraph(List<List<Integer>> dependencies, List<Integer> sinks) {
        this.dependencies = dependencies;
        this.sinks = sinks;
    }

    /** @throws InvalidStepGraphException naming the first step that is wrong */
    static StepGraph of(List<Step> steps, Map<String, Integer> indexByName) {
        List<List<Integer>> dependencies = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            dependencies.add(resolve(steps, i, indexByName));
        }
        requireEveryStepReachable(steps, dependencies);
        Set<Integer> depended = dependencies.stream().flatMap(List::stream).collect(Collectors.toSet());
        List<Integer> sinks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!depended.contains(i)) {
                sinks.add(i);
            }
        }
        return new StepGraph(List.copyOf(dependencies), List.copyOf(sinks));
    }

    /** Positions of the names unique in {@code steps}. */
    static Map<String, Integer> indexNames(List<Step> steps) {
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Integer first = indexByName.putIfAbsent(steps.get(i).name(), i);
            if (first != null) {
                throw new InvalidStepGraphException(i, "name", "'" + steps.get(i).name()
                        + "' is used twice (by steps[" + first + "] too); step names must be unique");
            }
        }
        return indexByName;
    }

    List<Integer> dependenciesOf(int step) {
        return dependencies.get(step);
    }

    /** The steps no other step runs after, in pipeline order. */
    List<Integer> sinks() {
        return sinks;
    }

    private static List<Integer> resolve(List<Step> steps, int i, Map<String, Integer> indexByName) {
        List<String> after = steps.get(i).after();
        if (after == null) {
            return i == 0 ? List.of() : List.of(i - 1);
        }
        List<Integer> resolved = new ArrayList<>();
        for (String name : after) {
            Integer index = indexByName.get(name);
            if (index == null) {
                throw new InvalidStepGraphException(i, "after", "no step is named '" + name + "'; the steps are "
                        + steps.stream().map(Step::name).collect(Collectors.joining(", ")));
            }
            if (resolved.contains(index)) {
                throw new InvalidStepGraphException(i, "after", "names '" + name + "' twice");
            }
            resolved.add(index);
        }
        return List.copyOf(resolved);
    }

    /** Kahn's walk from the steps with no dependency; the first step it misses is reported. */
    private static void requireEveryStepReachable(List<Step> steps, List<List<Integer>> dependencies) {
        int[] waitingFor = new int[steps.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < steps.size(); i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < steps.size(); i++) {
            waitingFor[i] = dependencies.get(i).size();
            for (int d : dependencies.get(i)) {
                dependents.get(d).add(i);
            }
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        Set<Integer> reached = new LinkedHashSet<>();
        while (!ready.isEmpty()) {
            int step = ready.poll();
            reached.add(step);
            for (int dependent : dependents.get(step)) {
                if (--waitingFor[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!reached.contains(i)) {
                throw unreachable(steps, dependencies, reached, i);
            }
        }
    }

    /** Follows unreached dependencies from {@code step} until one repeats: that is the cycle it waits for. */
    private static InvalidStepGraphException unreachable(List<Step> steps, List<List<Integer>> dependencies,
            Set<Integer> reached, int step) {
        List<Integer> path = new ArrayList<>();
        int at = step;
        while (!path.contains(at)) {
            path.add(at);
            at = dependencies.get(at).stream().filter(d -> !reached.contains(d)).findFirst().orElseThrow();
        }
        List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        cycle.add(at);
        String cycleText = cycle.stream().map(i -> steps.get(i).name()).collect(Collectors.joining(" after "));
        if (cycle.get(0) == step) {
            return new InvalidStepGraphException(step, "after", "cycle: " + cycleText);
        }
        return new InvalidStepGraphException(step, "after", "nothing can reach step '" + steps.get(step).name()
                + "': it waits for the cycle " + cycleText);
    }
}
