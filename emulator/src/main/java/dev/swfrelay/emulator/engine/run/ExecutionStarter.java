package dev.swfrelay.emulator.engine.run;

import dev.swfrelay.emulator.engine.registry.Domain;
import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.run.state.ExecutionConfig;
import dev.swfrelay.emulator.engine.registry.RegisteredType;
import dev.swfrelay.emulator.engine.shared.TaskTokens;
import dev.swfrelay.core.model.TypeKind;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.core.model.Faults;

/** Starting runs: from StartWorkflowExecution, from a parent's decision, and as a continuation. */
public final class ExecutionStarter {

    private static final long MAX_EXECUTION_SECONDS = 31_536_000L;

    private final EngineParts parts;
    private final ExecutionCloser closer;

    public ExecutionStarter(EngineParts parts, ExecutionCloser closer) {
        this.parts = parts;
        this.closer = closer;
    }

    public WorkflowExecution start(StartWorkflowExecutionRequest r) {
        checkTags(r.tagList());
        Domain domain = parts.domains.registered(r.domain());
        WorkflowType type = r.workflowType();
        RegisteredType<WorkflowTypeConfiguration> registered = domain.workflowTypes().get(type.name(), type.version());
        if (registered.deprecated()) {
            throw Faults.typeDeprecated(TypeKind.WorkflowType, type.name(), type.version());
        }
        WorkflowDefaults defaults = WorkflowDefaults.apply(registered.configuration(), r.childPolicy(),
                r.executionStartToCloseTimeout(), r.lambdaRole(), r.taskList(), r.taskPriority(),
                r.taskStartToCloseTimeout(), r.tagList());
        if (defaults.missing() != WorkflowDefaults.Missing.NONE) {
            String member = WorkflowDefaults.member(defaults.missing());
            throw Faults.defaultUndefined(member).withDetail("not given, and workflow type " + type + " has no default");
        }
        checkExecutionTimeout(defaults.config().executionStartToCloseTimeout(), "executionStartToCloseTimeout");
        Execution e = newRun(r.domain(), r.workflowId(), type, defaults.config(), null, 0, r.input());
        open(e, null);
        return e.id();
    }

    /** SWF bounds a run's life: the execution timeout may not be NONE nor exceed a year. */
    public static void checkExecutionTimeout(dev.swfrelay.core.model.Timeout timeout, String member) {
        if (timeout.isNone() || timeout.duration().orElseThrow().getSeconds() > MAX_EXECUTION_SECONDS) {
            throw Faults.invalid(timeout.toString(), member,
                    Faults.executionTimeout(MAX_EXECUTION_SECONDS));
        }
    }

    private void checkTags(java.util.List<String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > parts.settings.limits().maxTagsPerExecution()) {
            throw Faults.invalid("(" + tags.size() + " tags)", "tagList",
                    Faults.lengthAtMost(parts.settings.limits().maxTagsPerExecution()));
        }
        for (String tag : tags) {
            if (tag == null || tag.length() > 256) {
                throw Faults.invalid(tag, "tagList", Faults.lengthAtMost(256));
            }
        }
    }

    /** Creates a run of {@code workflowId}; not yet visible until {@link #open}. */
    public Execution newRun(String domain, String workflowId, WorkflowType type, ExecutionConfig config,
                     WorkflowExecution parent, long parentInitiatedEventId, String input) {
        WorkflowExecution id = new WorkflowExecution(TaskTokens.runId(), workflowId);
        return new Execution(parts.changes, parts.observer, parts.startedTasks, domain, id, type, config, parts.clock.now(), parent,
                parentInitiatedEventId, input);
    }

    /**
     * Makes {@code e} the open run of its workflow id and records its start (which schedules
     * its first decision task). {@code continuedFrom} is the run it continues, if any; the
     * caller then already holds that run's lock, and the new run replaces it in the store.
     * A run no parent started records parentInitiatedEventId 0, as SWF does.
     */
    public void open(Execution e, Execution continuedFrom) {
        parts.locked(e, () -> {
            if (continuedFrom == null) {
                parts.store.addOpen(e, parts.settings.limits().maxOpenExecutionsPerDomain());
            } else {
                parts.store.continueAs(continuedFrom, e);
            }
            ExecutionConfig c = e.config();
            e.append(e.startTimestamp(), new WorkflowExecutionStarted(c.childPolicy(),
                    continuedFrom == null ? null : continuedFrom.id().runId(), c.executionStartToCloseTimeout(), e.input(),
                    c.lambdaRole(), e.parentInitiatedEventId(), e.parent(),
                    c.tags().isEmpty() ? null : c.tags(), c.taskList(), c.taskPriority(), c.taskStartToCloseTimeout(),
                    e.type()));
            closer.armTimeout(e);
        });
    }
}
