package dev.swfrelay.emulator.http.transport;

import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.journal.Journal;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What an answer waits for on a server that keeps a journal, and which requests it lets through while the journal
 * refuses changes (a full disk or a failing write, see ADR 0007): SWF's {@link #READS} and the admin and console
 * {@code GET}s; every other request, long polls included (a poll that takes a task records it), is answered 503
 * {@code ServiceUnavailable} before it reaches an engine. The AWS SDKs retry a 503: SDK v2 retries HTTP 500, 502, 503
 * and 504 ({@code SdkDefaultRetrySetting.RETRYABLE_STATUS_CODES}), botocore its {@code service_unavailable} policy
 * (HTTP 503, {@code _retry.json}) and boto 2 any 500/502/503/504 (wire-notes §3).
 */
public interface ChangeGate {

    /** SWF's operations that change nothing: the only ones served while changes are refused. */
    Set<String> READS = Set.of("CountClosedWorkflowExecutions", "CountOpenWorkflowExecutions",
            "CountPendingActivityTasks", "CountPendingDecisionTasks", "DescribeActivityType", "DescribeDomain",
            "DescribeWorkflowExecution", "DescribeWorkflowType", "GetWorkflowExecutionHistory", "ListActivityTypes",
            "ListClosedWorkflowExecutions", "ListDomains", "ListOpenWorkflowExecutions", "ListTagsForResource",
            "ListWorkflowTypes");

    /** A server that keeps its state in memory: every answer may leave at once, nothing is refused. */
    ChangeGate IN_MEMORY = new ChangeGate() {
        private final CompletableFuture<Void> now = CompletableFuture.completedFuture(null);

        @Override
        public CompletableFuture<Void> whenDurable() {
            return now;
        }

        @Override
        public boolean refusesChanges() {
            return false;
        }
    };

    /** Completes once the changes an answer carries are on disk. */
    CompletableFuture<Void> whenDurable();

    /** Whether changes are refused now. */
    boolean refusesChanges();

    /** Throws SWF's retryable 503 fault when changes are refused and the operation {@code X-Amz-Target} names is not a read. */
    default void admitOperation(String target) {
        if (refusesChanges() && (target == null || !READS.contains(target.substring(target.lastIndexOf('.') + 1).trim()))) {
            throw Faults.serviceUnavailable();
        }
    }

    /** As {@link #admitOperation}, for the server's own routes: only {@code GET}s are served while changes are refused. */
    default void admitRoute(HttpMethod method) {
        if (refusesChanges() && !method.equals(HttpMethod.GET)) {
            throw Faults.serviceUnavailable();
        }
    }

    static ChangeGate of(Journal journal) {
        return new ChangeGate() {
            @Override
            public CompletableFuture<Void> whenDurable() {
                return journal.whenDurable();
            }

            @Override
            public boolean refusesChanges() {
                return journal.refusesChanges();
            }
        };
    }
}
