package dev.swfrelay.emulator.journal;

import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ClockChanged;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.change.HeartbeatRecorded;
import dev.swfrelay.emulator.engine.change.RegistryChanged;
import dev.swfrelay.emulator.engine.change.StateReset;
import dev.swfrelay.emulator.engine.change.TokenIssued;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a journal's entries, oldest first, into the fewest that restore to the same state: per account
 * and region, the registry changes after its last reset, then each run's changes in the order the runs
 * began (a continuation after the run it continues) and, within a run, in their own order; runs that
 * closed and whose domain's retention period ended before {@code now} are left out, as are a closed
 * run's tokens and heartbeats, and every heartbeat of an activity but its last. The server's clock
 * comes first, once. The engine's restore reads the result as it reads the journal itself.
 */
final class Compaction {

    static final Tenant SERVER = new Tenant("", "");

    private static final Set<EventType> CLOSING = EnumSet.of(EventType.WorkflowExecutionCompleted,
            EventType.WorkflowExecutionFailed, EventType.WorkflowExecutionCanceled, EventType.WorkflowExecutionTerminated,
            EventType.WorkflowExecutionTimedOut, EventType.WorkflowExecutionContinuedAsNew);

    private final Instant now;
    private final Map<Tenant, TenantState> tenants = new LinkedHashMap<>();
    private ClockChanged clock;

    Compaction(Instant now) {
        this.now = now;
    }

    void add(Journal.Entry entry) {
        Change change = entry.change();
        if (change instanceof ClockChanged c) {
            clock = c;
            return;
        }
        TenantState tenant = tenants.computeIfAbsent(entry.tenant(), t -> new TenantState());
        if (change instanceof StateReset) {
            tenant.registry.clear();
            tenant.retention.clear();
            tenant.runs.clear();
        } else if (change instanceof RegistryChanged r) {
            tenant.registry.add(r);
            if (r.request() instanceof RegisterDomainRequest d) {
                tenant.retention.put(d.name(), days(d.workflowExecutionRetentionPeriodInDays()));
            }
        } else if (change instanceof EventRecorded r) {
            RunChanges run = tenant.runs.computeIfAbsent(r.run().runId(), id -> new RunChanges(r.domain()));
            run.changes.add(r);
            if (CLOSING.contains(r.event().eventType())) {
                run.closedAt = r.event().eventTimestamp();
                if (expired(tenant, run)) {
                    tenant.runs.remove(r.run().runId());
                }
            }
        } else if (change instanceof TokenIssued t) {
            runChanges(tenant, t.run().runId()).add(t);
        } else if (change instanceof HeartbeatRecorded h) {
            RunChanges run = tenant.runs.get(h.run().runId());
            if (run != null) {
                Integer previous = run.lastBeat.put(h.scheduledEventId(), run.changes.size());
                if (previous != null) {
                    run.changes.set(previous, null);
                }
                run.changes.add(h);
            }
        }
    }

    private static List<Change> runChanges(TenantState tenant, String runId) {
        RunChanges run = tenant.runs.get(runId);
        return run == null ? new ArrayList<>() : run.changes;
    }

    /** The compacted entries, the clock's (as {@code current} says, else as last recorded) first. */
    List<Journal.Entry> result(ClockChanged current) {
        List<Journal.Entry> out = new ArrayList<>();
        ClockChanged c = current != null ? current : clock;
        if (c != null) {
            out.add(new Journal.Entry(SERVER, c));
        }
        tenants.forEach((tenant, state) -> {
            state.registry.forEach(r -> out.add(new Journal.Entry(tenant, r)));
            for (RunChanges run : state.runs.values()) {
                if (run.closedAt != null && expired(state, run)) {
                    continue;
                }
                for (Change change : run.changes) {
                    if (change != null && (run.closedAt == null || change instanceof EventRecorded)) {
                        out.add(new Journal.Entry(tenant, change));
                    }
                }
            }
        });
        return out;
    }

    /** Whether the closed {@code run} is past its domain's retention period (kept when the domain is unknown). */
    private boolean expired(TenantState tenant, RunChanges run) {
        Long days = tenant.retention.get(run.domain);
        return days != null && now.isAfter(run.closedAt.plus(Duration.ofDays(days)));
    }

    private static Long days(String retention) {
        try {
            return retention == null || "NONE".equals(retention) ? 0L : Long.parseLong(retention);
        } catch (NumberFormatException notADayCount) {
            return null;
        }
    }

    /** One account and region: its registry changes and its runs in the order they began. */
    private static final class TenantState {
        final List<RegistryChanged> registry = new ArrayList<>();
        final Map<String, Long> retention = new HashMap<>();
        final Map<String, RunChanges> runs = new LinkedHashMap<>();
    }

    /** One run's changes in order (null where a later heartbeat replaced one), and when it closed. */
    private static final class RunChanges {
        final String domain;
        final List<Change> changes = new ArrayList<>();
        final Map<Long, Integer> lastBeat = new HashMap<>();
        Instant closedAt;

        RunChanges(String domain) {
            this.domain = domain;
        }
    }
}
