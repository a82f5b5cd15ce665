package dev.swfrelay.emulator.engine.visibility;

import dev.swfrelay.core.model.CloseStatus;
import dev.swfrelay.core.model.ExecutionTimeFilter;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.WorkflowTypeFilter;
import dev.swfrelay.core.model.Faults;
import java.time.Instant;

/**
 * The filters of SWF's visibility operations, checked as SWF checks them: exactly one time
 * filter, and at most one of the execution, type, tag and close-status filters.
 */
record ExecutionQuery(ExecutionTimeFilter startTime, ExecutionTimeFilter closeTime, String workflowId,
                      WorkflowTypeFilter type, String tag, CloseStatus closeStatus) {

    ExecutionQuery {
        int timeFilters = (startTime != null ? 1 : 0) + (closeTime != null ? 1 : 0);
        if (timeFilters != 1) {
            throw Faults.oneTimeFilter().withDetail(closeTime == null && startTime == null ? "neither was" : "both were");
        }
        int others = (workflowId != null ? 1 : 0) + (type != null ? 1 : 0) + (tag != null ? 1 : 0)
                + (closeStatus != null ? 1 : 0);
        if (others > 1) {
            throw Faults.exclusiveFilters();
        }
        if (type != null) {
            Faults.required(type.name(), "typeFilter.name");
        }
    }

    boolean matches(WorkflowExecutionInfo info) {
        if (startTime != null && !within(info.startTimestamp(), startTime)) {
            return false;
        }
        if (closeTime != null && (info.closeTimestamp() == null || !within(info.closeTimestamp(), closeTime))) {
            return false;
        }
        if (workflowId != null && !workflowId.equals(info.execution().workflowId())) {
            return false;
        }
        if (type != null && (!type.name().equals(info.workflowType().name())
                || type.version() != null && !type.version().equals(info.workflowType().version()))) {
            return false;
        }
        if (tag != null && (info.tagList() == null || !info.tagList().contains(tag))) {
            return false;
        }
        return closeStatus == null || closeStatus == info.closeStatus();
    }

    /** The instant results are ordered by: close time when filtering on it, else start time. */
    Instant sortKey(WorkflowExecutionInfo info) {
        return closeTime != null ? info.closeTimestamp() : info.startTimestamp();
    }

    private static boolean within(Instant at, ExecutionTimeFilter filter) {
        Faults.required(filter.oldestDate(), "oldestDate");
        return !at.isBefore(filter.oldestDate()) && (filter.latestDate() == null || !at.isAfter(filter.latestDate()));
    }
}
