package dev.swfrelay.simulation;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.util.Set;

/**
 * The emulator the seeds run on, one after another: before each seed its state is forgotten,
 * its clock put back to the simulation's start and the domain and types registered again, so
 * that a seed's histories depend on the seed alone. Polls never hold (a zero poll hold answers
 * an empty list at once, on the caller's thread).
 */
final class SimulatedWorld implements AutoCloseable {

    private final SimulationSetup setup;
    private final VirtualClock clock;
    private final SwfEmulator emulator;
    private final ReplayCheck replay;

    SimulatedWorld(SimulationSetup setup) {
        this.setup = setup;
        this.clock = VirtualClock.frozenAt(setup.start());
        this.replay = new ReplayCheck(setup.decider());
        this.emulator = SwfEmulator.builder().clock(clock).pollHold(Duration.ZERO).build();
    }

    /** Runs {@code seed}, its faults by the profile's rates, or exactly {@code faults} (keys) when not null. */
    SeedOutcome run(long seed, Set<String> faults) {
        emulator.reset();
        clock.freeze(setup.start());
        register(emulator.service());
        return new SeedRun(setup, emulator.service(), clock, replay, seed, faults).run();
    }

    private void register(SwfService service) {
        String domain = SimulationSetup.DOMAIN;
        service.registerDomain(RegisterDomainRequest.builder().name(domain)
                .workflowExecutionRetentionPeriodInDays("1").build());
        Workload workload = setup.workload();
        service.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(domain)
                .name(setup.workflowType().name()).version(setup.workflowType().version())
                .defaultTaskList(new TaskList(setup.decisionTaskList()))
                .defaultExecutionStartToCloseTimeout(Timeout.of(workload.executionTimeout()))
                .defaultTaskStartToCloseTimeout(Timeout.of(workload.decisionTaskTimeout()))
                .defaultChildPolicy(ChildPolicy.TERMINATE).build());
        for (ActivityBinding binding : setup.activities()) {
            service.registerActivityType(RegisterActivityTypeRequest.builder().domain(domain)
                    .name(binding.type().name()).version(binding.type().version())
                    .defaultTaskList(new TaskList(binding.taskList()))
                    .defaultTaskStartToCloseTimeout(Timeout.of(binding.startToClose()))
                    .defaultTaskScheduleToStartTimeout(Timeout.NONE)
                    .defaultTaskScheduleToCloseTimeout(Timeout.NONE)
                    .defaultTaskHeartbeatTimeout(Timeout.NONE).build());
        }
    }

    @Override
    public void close() {
        emulator.close();
        clock.close();
    }
}
