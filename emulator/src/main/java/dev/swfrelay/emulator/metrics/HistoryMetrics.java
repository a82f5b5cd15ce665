package dev.swfrelay.emulator.metrics;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskScheduled;
import dev.swfrelay.core.model.event.ActivityTaskStarted;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskScheduled;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import java.time.Duration;
import java.util.List;

/**
 * One tenant's metrics folded from the events its runs append: no state of its own, an event's
 * earlier events (its scheduling, its start, the run's start) are read from the history by id.
 * Runs on the run's lock: only the library's lock-free counters and histograms are touched.
 */
final class HistoryMetrics implements HistoryObserver {

    private final MetricFamilies families;
    private final String account;
    private final String region;

    HistoryMetrics(MetricFamilies families, Tenant tenant) {
        this.families = families;
        this.account = tenant.accountId();
        this.region = tenant.region();
    }

    @Override
    public void appended(String domain, List<HistoryEvent> history) {
        HistoryEvent event = history.get(history.size() - 1);
        EventAttributes a = event.attributes();
        if (a instanceof WorkflowExecutionStarted) {
            families.workflowsStarted.labelValues(workflow(domain, history)).inc();
        } else if (closes(a)) {
            String[] labels = workflow(domain, history);
            families.workflowsClosed.labelValues(with(labels, status(a.eventType()))).inc();
            families.workflowStartToClose.labelValues(labels).observe(seconds(history.get(0), event));
        } else if (a instanceof DecisionTaskStarted s) {
            HistoryEvent scheduled = history.get((int) s.scheduledEventId() - 1);
            double wait = seconds(scheduled, event);
            families.decisionScheduleToStart.labelValues(workflow(domain, history)).observe(wait);
            String list = ((DecisionTaskScheduled) scheduled.attributes()).taskList().name();
            families.taskListScheduleToStart.labelValues(account, region, domain, list, "D").observe(wait);
        } else if (a instanceof DecisionTaskCompleted c) {
            families.decisionStartToClose.labelValues(workflow(domain, history))
                    .observe(seconds(history.get((int) c.startedEventId() - 1), event));
        } else if (a instanceof DecisionTaskTimedOut) {
            families.decisionsTimedOut.labelValues(workflow(domain, history)).inc();
        } else {
            activity(domain, history, event, a);
        }
    }

    private void activity(String domain, List<HistoryEvent> history, HistoryEvent event, EventAttributes a) {
        if (a instanceof ActivityTaskStarted s) {
            HistoryEvent scheduled = history.get((int) s.scheduledEventId() - 1);
            ActivityTaskScheduled what = (ActivityTaskScheduled) scheduled.attributes();
            double wait = seconds(scheduled, event);
            families.activitiesStarted.labelValues(activity(domain, what.activityType())).inc();
            families.activityScheduleToStart.labelValues(activity(domain, what.activityType())).observe(wait);
            families.taskListScheduleToStart.labelValues(account, region, domain, what.taskList().name(), "A")
                    .observe(wait);
        } else if (a instanceof ActivityTaskCompleted c) {
            String[] labels = closed(domain, history, c.scheduledEventId(), "completed", "");
            families.activityStartToClose.labelValues(labels).observe(seconds(history.get((int) c.startedEventId() - 1), event));
            families.activityScheduleToClose.labelValues(labels)
                    .observe(seconds(history.get((int) c.scheduledEventId() - 1), event));
        } else if (a instanceof ActivityTaskFailed f) {
            closed(domain, history, f.scheduledEventId(), "failed", "");
        } else if (a instanceof ActivityTaskCanceled c) {
            closed(domain, history, c.scheduledEventId(), "canceled", "");
        } else if (a instanceof ActivityTaskTimedOut t) {
            closed(domain, history, t.scheduledEventId(), "timed_out", t.timeoutType().name());
        }
    }

    /** Counts a closed activity task; returns its type's labels. */
    private String[] closed(String domain, List<HistoryEvent> history, long scheduledEventId, String status,
                            String timeoutType) {
        ActivityTaskScheduled what = (ActivityTaskScheduled) history.get((int) scheduledEventId - 1).attributes();
        String[] labels = activity(domain, what.activityType());
        families.activitiesClosed.labelValues(with(with(labels, status), timeoutType)).inc();
        return labels;
    }

    private static boolean closes(EventAttributes a) {
        return switch (a.eventType()) {
            case WorkflowExecutionCompleted, WorkflowExecutionFailed, WorkflowExecutionTimedOut,
                    WorkflowExecutionCanceled, WorkflowExecutionTerminated, WorkflowExecutionContinuedAsNew -> true;
            default -> false;
        };
    }

    /** {@code WorkflowExecutionTimedOut} is {@code timed_out}, as SWF's close status {@code TIMED_OUT}; named here, not by a pattern per closed run. */
    static String status(EventType closing) {
        return switch (closing) {
            case WorkflowExecutionCompleted -> "completed";
            case WorkflowExecutionFailed -> "failed";
            case WorkflowExecutionTimedOut -> "timed_out";
            case WorkflowExecutionCanceled -> "canceled";
            case WorkflowExecutionTerminated -> "terminated";
            case WorkflowExecutionContinuedAsNew -> "continued_as_new";
            default -> throw new IllegalArgumentException(closing + " closes no run");
        };
    }

    private String[] workflow(String domain, List<HistoryEvent> history) {
        WorkflowType type = ((WorkflowExecutionStarted) history.get(0).attributes()).workflowType();
        return new String[] {account, region, domain, type.name(), type.version()};
    }

    private String[] activity(String domain, ActivityType type) {
        return new String[] {account, region, domain, type.name(), type.version()};
    }

    private static String[] with(String[] labels, String more) {
        String[] all = java.util.Arrays.copyOf(labels, labels.length + 1);
        all[labels.length] = more;
        return all;
    }

    private static double seconds(HistoryEvent from, HistoryEvent to) {
        Duration d = Duration.between(from.eventTimestamp(), to.eventTimestamp());
        return d.getSeconds() + d.getNano() / 1e9;
    }

}
