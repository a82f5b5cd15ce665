package dev.swfrelay.emulator.engine.decision;

import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.task.Poll;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A started decision task's history, page by page: events 1 (or, when asked, the first event
 * as recent as the previous started event) to the task's started event, oldest or newest first, {@code pageSize} per page.
 * A page token names the task token, the order, the range and the next position; the poller
 * presents it to PollForDecisionTask to get the next page of the same task at once.
 */
final class DecisionPages {

    private DecisionPages() {
    }

    record Cursor(String taskToken, boolean reverse, int from, int to, int position, int pageSize) {

        String encode() {
            String raw = String.join("|", taskToken, reverse ? "1" : "0", Integer.toString(from), Integer.toString(to),
                    Integer.toString(position), Integer.toString(pageSize));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 6) {
                    throw new IllegalArgumentException("wrong shape");
                }
                return new Cursor(parts[0], parts[1].equals("1"), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                        Integer.parseInt(parts[4]), Integer.parseInt(parts[5]));
            } catch (IllegalArgumentException e) {
                throw Faults.invalidPageToken().withDetail("nextPageToken '" + token + "' was not issued by PollForDecisionTask");
            }
        }
    }

    static DecisionTask first(Execution e, long startedEventId, long previousStartedEventId, String token,
                              Poll<DecisionTask> poll) {
        int from = poll.startAtPreviousStartedEvent() && previousStartedEventId > 0
                ? firstAsRecentAs(e, (int) previousStartedEventId) : 1;
        int to = (int) startedEventId;
        Cursor cursor = new Cursor(token, poll.reverseOrder(), from, to, 0, poll.pageSize());
        return page(e, cursor, startedEventId, previousStartedEventId);
    }

    /** The first event stamped no earlier than event {@code eventId}: SWF compares timestamps, not ids. */
    private static int firstAsRecentAs(Execution e, int eventId) {
        java.time.Instant since = e.event(eventId).eventTimestamp();
        int first = eventId;
        while (first > 1 && !e.event(first - 1).eventTimestamp().isBefore(since)) {
            first--;
        }
        return first;
    }

    static DecisionTask page(Execution e, Cursor c, long startedEventId, long previousStartedEventId) {
        int count = c.to() - c.from() + 1;
        int end = Math.min(count, c.position() + c.pageSize());
        List<HistoryEvent> events = new ArrayList<>(end - c.position());
        for (int i = c.position(); i < end; i++) {
            int eventId = c.reverse() ? c.to() - i : c.from() + i;
            events.add(e.event(eventId));
        }
        String next = end < count
                ? new Cursor(c.taskToken(), c.reverse(), c.from(), c.to(), end, c.pageSize()).encode() : null;
        return new DecisionTask(events, next, previousStartedEventId,
                startedEventId, c.taskToken(), e.id(), e.type());
    }
}
