package dev.swfrelay.emulator.engine.facade;

import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.RehearsalObserver;
import dev.swfrelay.emulator.engine.activity.ActivityDecisions;
import dev.swfrelay.emulator.engine.activity.ActivityOperations;
import dev.swfrelay.emulator.engine.activity.ActivityTasks;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import dev.swfrelay.emulator.engine.child.ChildDecisions;
import dev.swfrelay.emulator.engine.child.ChildOutcomes;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.decision.DecisionOperations;
import dev.swfrelay.emulator.engine.decision.DecisionResponder;
import dev.swfrelay.emulator.engine.decision.DecisionTasks;
import dev.swfrelay.emulator.engine.external.ExternalDecisions;
import dev.swfrelay.emulator.engine.lambda.LambdaTasks;
import dev.swfrelay.emulator.engine.registry.DomainRegistry;
import dev.swfrelay.emulator.engine.registry.RegistryChanges;
import dev.swfrelay.emulator.engine.run.CloseDecisions;
import dev.swfrelay.emulator.engine.run.ExecutionCloser;
import dev.swfrelay.emulator.engine.run.ExecutionCommands;
import dev.swfrelay.emulator.engine.run.ExecutionStarter;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.shared.TaskAddresses;
import dev.swfrelay.emulator.engine.timer.TimerDecisions;
import dev.swfrelay.emulator.engine.visibility.Visibility;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The wiring of one engine: every service built once, in the order they call one another, each
 * handed the ones it calls through its constructor (no service locator). Read top to bottom it
 * is the engine's layering: the shared parts, the entities' services (decision, activity, timer,
 * Lambda, child, external), the run's start and close, then the operations {@link SwfEngine}
 * routes SWF's calls to. Also what empties and stops them all.
 */
final class EngineServices {

    final DomainRegistry domains;
    final RegistryChanges registry;
    final EngineParts parts;
    final DecisionTasks decisionTasks;
    final ActivityTasks activityTasks;
    final TimerDecisions timers;
    final LambdaTasks lambdaTasks;
    final ExecutionCloser closer;
    final ExecutionCommands commands;
    final DecisionOperations decisions;
    final ActivityOperations activities;
    final Visibility visibility;
    final TaskAddresses taskAddresses;

    EngineServices(VirtualClock clock, EngineSettings settings, ScheduledExecutorService pollTimer, ChangeLog changes,
                   HistoryObserver observer, RehearsalObserver rehearsal) {
        this.domains = new DomainRegistry(settings);
        this.registry = new RegistryChanges(domains, clock, settings, changes);
        this.parts = new EngineParts(clock, settings, domains, pollTimer, changes, observer, rehearsal);
        this.decisionTasks = new DecisionTasks(parts);
        this.activityTasks = new ActivityTasks(parts);
        this.timers = new TimerDecisions(parts);
        this.lambdaTasks = new LambdaTasks(parts);
        this.closer = new ExecutionCloser(parts, lambdaTasks);
        parts.settleWith(decisionTasks::schedule, closer::terminateForEventLimit, new ChildOutcomes(parts)::tellParent);
        ExecutionStarter starter = new ExecutionStarter(parts, closer);
        DecisionResponder responder = new DecisionResponder(parts, new ActivityDecisions(parts, activityTasks), timers,
                new CloseDecisions(parts, closer, starter), new ExternalDecisions(parts, closer),
                new ChildDecisions(parts, starter), lambdaTasks);
        this.decisions = new DecisionOperations(parts, responder);
        this.activities = new ActivityOperations(parts, activityTasks);
        this.commands = new ExecutionCommands(parts, starter, closer);
        this.taskAddresses = new TaskAddresses(parts.store, clock);
        this.visibility = new Visibility(domains, parts.store, clock, settings.limits().maxPageSize(), parts.throttle);
    }

    /** What rebuilds these services' state from a change log; {@code forgetAll} empties them first when it says so. */
    EngineRestorer restorer(Runnable forgetAll) {
        return new EngineRestorer(parts, registry, decisionTasks, activityTasks, timers, lambdaTasks, closer, forgetAll);
    }

    /** Whether no task waits on a list, none is started and no Lambda function runs. */
    boolean idle() {
        return parts.idle() && lambdaTasks.idle();
    }

    /** Forgets every domain, type, run, task list, deadline and running Lambda function. */
    void forgetAll() {
        domains.clear();
        parts.clear();
        lambdaTasks.clear();
    }

    /** Answers parked polls empty. */
    void releaseParkedPolls() {
        parts.taskLists.releaseParked(new DecisionTask(null, null, null, 0, null, null, null),
                new ActivityTask(null, null, null, 0, null, null));
    }

    /** Parked polls answered, everything forgotten, the Lambda runner stopped. */
    void shutdown() {
        releaseParkedPolls();
        parts.clear();
        lambdaTasks.clear();
        lambdaTasks.shutdown();
    }
}
