package dev.swfrelay.emulator.engine.run.state;

import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.Faults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runs of one engine: per domain, the open run of each workflow id and every run by run
 * id (open, and closed ones until their retention period ends). Closed runs wait in retention
 * order; those past it are forgotten ({@link #forgetExpired}) before any read and whenever the
 * engine is told the clock moved, so memory holds only what SWF would still show.
 */
public final class ExecutionStore {

    private static final Comparator<Retained> RETENTION_ORDER =
            Comparator.comparing(Retained::until).thenComparingLong(Retained::sequence);

    private final Map<String, DomainRuns> domains = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<Retained> retained = new ConcurrentSkipListSet<>(RETENTION_ORDER);
    private final AtomicLong retainedSequence = new AtomicLong();

    /** A closed run and the instant its retention period ends. */
    private record Retained(Instant until, long sequence, Execution execution) {
    }

    private static final class DomainRuns {
        private final Map<String, Execution> openByWorkflowId = new ConcurrentHashMap<>();
        private final Map<String, Execution> byRunId = new ConcurrentHashMap<>();
        /** Every retained run of a workflow id, so a query filtered by workflow id reads those alone. */
        private final Map<String, Queue<Execution>> byWorkflowId = new ConcurrentHashMap<>();
        private final AtomicInteger open = new AtomicInteger();

        void index(Execution execution) {
            byRunId.put(execution.id().runId(), execution);
            byWorkflowId.computeIfAbsent(execution.id().workflowId(), id -> new ConcurrentLinkedQueue<>()).add(execution);
        }

        boolean forget(Execution execution) {
            if (!byRunId.remove(execution.id().runId(), execution)) {
                return false;
            }
            byWorkflowId.computeIfPresent(execution.id().workflowId(), (id, runs) -> {
                runs.remove(execution);
                return runs.isEmpty() ? null : runs;
            });
            return true;
        }
    }

    /** Claims {@code workflowId} for a new open run; fails as SWF does when one is open or the limit is hit. */
    public void addOpen(Execution execution, int maxOpen) {
        DomainRuns runs = runs(execution.domain());
        if (runs.open.incrementAndGet() > maxOpen) {
            runs.open.decrementAndGet();
            throw Faults.limitExceeded("open executions in a domain", maxOpen).withDetail("domain " + execution.domain());
        }
        if (runs.openByWorkflowId.putIfAbsent(execution.id().workflowId(), execution) != null) {
            runs.open.decrementAndGet();
            throw Faults.alreadyStarted().withDetail("workflowId " + execution.id().workflowId()
                    + " has an open run in domain " + execution.domain());
        }
        runs.index(execution);
    }

    /**
     * A run rebuilt after a restart becomes its workflow id's open run (replacing the run it
     * continues, which keeps its place in the count), with no limit checked: it was admitted before.
     */
    public void restoreOpen(Execution execution) {
        DomainRuns runs = runs(execution.domain());
        runs.index(execution);
        if (runs.openByWorkflowId.put(execution.id().workflowId(), execution) == null) {
            runs.open.incrementAndGet();
        }
    }

    /** Replaces a closing run by its continuation under the same workflow id. */
    public void continueAs(Execution closing, Execution next) {
        DomainRuns runs = runs(closing.domain());
        runs.index(next);
        runs.openByWorkflowId.replace(closing.id().workflowId(), closing, next);
    }

    public void closed(Execution execution) {
        DomainRuns runs = runs(execution.domain());
        if (runs.openByWorkflowId.remove(execution.id().workflowId(), execution)) {
            runs.open.decrementAndGet();
        }
    }

    public Execution openRun(String domain, String workflowId) {
        DomainRuns runs = domains.get(domain);
        return runs == null ? null : runs.openByWorkflowId.get(workflowId);
    }

    /** The closed run {@code execution} is kept until {@code until} (its close plus its domain's retention), then forgotten. */
    public void retain(Execution execution, Instant until) {
        execution.end().retainUntil(until);
        retained.add(new Retained(until, retainedSequence.incrementAndGet(), execution));
    }

    /** Forgets every closed run whose retention period ended before {@code now}; returns how many. */
    public int forgetExpired(Instant now) {
        int forgotten = 0;
        for (Retained first : retained) {
            if (!now.isAfter(first.until())) {
                break;
            }
            if (retained.remove(first)) {
                Execution e = first.execution();
                DomainRuns runs = domains.get(e.domain());
                if (runs != null && runs.forget(e)) {
                    forgotten++;
                }
            }
        }
        return forgotten;
    }

    /** The run named by workflow id and run id (open or closed); {@code UnknownResourceFault} if none. */
    public Execution get(String domain, WorkflowExecution execution, Instant now) {
        forgetExpired(now);
        DomainRuns runs = domains.get(domain);
        Execution found = runs == null ? null : runs.byRunId.get(execution.runId());
        if (found != null && found.end().expired(now)) {
            runs.forget(found);
            found = null;
        }
        if (found == null || !found.id().workflowId().equals(execution.workflowId())) {
            throw Faults.unknownExecution(execution).withDetail("domain " + domain);
        }
        return found;
    }

    /** The run to signal, cancel or terminate: by run id when given, else the open run of the workflow id. */
    public Execution target(String domain, String workflowId, String runId, Instant now) {
        if (runId != null && !runId.isEmpty()) {
            return get(domain, new WorkflowExecution(runId, workflowId), now);
        }
        Execution open = openRun(domain, workflowId);
        if (open == null) {
            throw Faults.unknownExecution(workflowId).withDetail("no open run in domain " + domain);
        }
        return open;
    }

    public Collection<Execution> open(String domain) {
        DomainRuns runs = domains.get(domain);
        return runs == null ? List.of() : new ArrayList<>(runs.openByWorkflowId.values());
    }

    /** Every retained run of {@code domain}; runs past their retention are forgotten on the way. */
    public Collection<Execution> all(String domain, Instant now) {
        DomainRuns runs = domains.get(domain);
        if (runs == null) {
            return List.of();
        }
        forgetExpired(now);
        return new ArrayList<>(runs.byRunId.values());
    }

    /** Every retained run of {@code workflowId} in {@code domain}; runs past their retention are forgotten on the way. */
    public Collection<Execution> all(String domain, String workflowId, Instant now) {
        forgetExpired(now);
        DomainRuns runs = domains.get(domain);
        Queue<Execution> ofId = runs == null ? null : runs.byWorkflowId.get(workflowId);
        return ofId == null ? List.of() : ofId.stream().filter(e -> !e.end().expired(now)).toList();
    }

    public void clear() {
        domains.clear();
        retained.clear();
    }

    private DomainRuns runs(String domain) {
        return domains.computeIfAbsent(domain, d -> new DomainRuns());
    }
}
