package dev.swfrelay.emulator.journal;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Instant;
import java.util.Objects;

/**
 * One change as the journal writes it, in SWF's JSON through the public codec: the account and region whose
 * engine made it (empty for the server's clock), its kind, and the members that kind uses (the others absent). Events are
 * written as SWF's history events, registry requests as SWF's request bodies.
 */
record JournalEntry(String account, String region, String kind, String domain, WorkflowExecution run, HistoryEvent event,
                    String token, Long scheduledEventId, Instant at, String details, String operation,
                    String request, Boolean autoAdvance) {

    static final String EVENT = "event";
    static final String TOKEN = "token";
    static final String HEARTBEAT = "heartbeat";
    static final String REGISTRY = "registry";
    static final String RESET = "reset";
    /** The server's clock ({@code at}: frozen there, absent: real time), written under no account or region. */
    static final String CLOCK = "clock";

    JournalEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
    }
}
