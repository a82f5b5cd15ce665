package dev.swfrelay.simulation;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.WorkflowType;
import java.time.Instant;
import java.util.List;

/** Everything a seed's run needs besides its seed: what {@link SwfSimulation.Builder} collected. */
record SimulationSetup(Decider decider, WorkflowType workflowType, String decisionTaskList,
        List<ActivityBinding> activities, Workload workload, FaultProfile faults, List<Invariant> invariants,
        boolean requireCompletion, int maxSteps, Instant start) {

    static final String DOMAIN = "simulation";

    SimulationSetup {
        activities = List.copyOf(activities);
        invariants = List.copyOf(invariants);
    }

    ActivityBinding activity(String typeName, String version) {
        for (ActivityBinding binding : activities) {
            if (binding.type().name().equals(typeName) && binding.type().version().equals(version)) {
                return binding;
            }
        }
        return null;
    }
}
