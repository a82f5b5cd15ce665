package dev.swfrelay.cli.history;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.event.ActivityTaskCanceled;
import dev.swfrelay.core.model.event.ActivityTaskCompleted;
import dev.swfrelay.core.model.event.ActivityTaskFailed;
import dev.swfrelay.core.model.event.ActivityTaskStarted;
import dev.swfrelay.core.model.event.ActivityTaskTimedOut;
import dev.swfrelay.core.model.event.DecisionTaskCompleted;
import dev.swfrelay.core.model.event.DecisionTaskStarted;
import dev.swfrelay.core.model.event.DecisionTaskTimedOut;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.TimerFired;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An execution's history as a person reads it: one line per event with its time, its
 * offset from the start, its type, its essential attributes, and for tasks how long they
 * waited (scheduled → started) and ran (started → closed).
 */
public final class Timeline {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Timeline() {
    }

    public static List<String> render(List<HistoryEvent> events) {
        Map<Long, Instant> times = new HashMap<>();
        List<String> lines = new ArrayList<>();
        Instant start = events.isEmpty() ? Instant.EPOCH : events.get(0).eventTimestamp();
        for (HistoryEvent event : events) {
            times.put(event.eventId(), event.eventTimestamp());
            lines.add(line(event, start, times));
        }
        return lines;
    }

    /** One event as a timeline line, given the times of the events before it. */
    public static String line(HistoryEvent event, Instant start, Map<Long, Instant> times) {
        String summary = EventSummary.of(event.attributes());
        String timing = timing(event, times);
        String detail = summary.isEmpty() ? timing.isEmpty() ? "" : "(" + timing + ")"
                : timing.isEmpty() ? summary : summary + "  (" + timing + ")";
        return String.format(Locale.ROOT, "%s %8s  %3d  %-34s %s",
                TIME.format(event.eventTimestamp()),
                "+" + DurationText.format(Duration.between(start, event.eventTimestamp())),
                event.eventId(), event.eventType(), detail).stripTrailing();
    }

    private static String timing(HistoryEvent event, Map<Long, Instant> times) {
        EventAttributes a = event.attributes();
        if (a instanceof ActivityTaskStarted e) {
            return since("waited", e.scheduledEventId(), event, times);
        }
        if (a instanceof DecisionTaskStarted e) {
            return since("waited", e.scheduledEventId(), event, times);
        }
        if (a instanceof ActivityTaskCompleted e) {
            return since("ran", e.startedEventId(), event, times);
        }
        if (a instanceof ActivityTaskFailed e) {
            return since("ran", e.startedEventId(), event, times);
        }
        if (a instanceof ActivityTaskTimedOut e) {
            return e.startedEventId() > 0 ? since("ran", e.startedEventId(), event, times)
                    : since("waited", e.scheduledEventId(), event, times);
        }
        if (a instanceof ActivityTaskCanceled e) {
            return since("ran", e.startedEventId(), event, times);
        }
        if (a instanceof DecisionTaskCompleted e) {
            return since("ran", e.startedEventId(), event, times);
        }
        if (a instanceof DecisionTaskTimedOut e) {
            return since("ran", e.startedEventId(), event, times);
        }
        if (a instanceof TimerFired e) {
            return since("after", e.startedEventId(), event, times);
        }
        return "";
    }

    private static String since(String label, long earlierId, HistoryEvent event, Map<Long, Instant> times) {
        Instant earlier = times.get(earlierId);
        if (earlier == null) {
            return "";
        }
        return label + " " + DurationText.format(Duration.between(earlier, event.eventTimestamp()));
    }
}
