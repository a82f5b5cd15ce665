package dev.swfrelay.emulator.journal;

import dev.swfrelay.core.api.DeleteActivityTypeRequest;
import dev.swfrelay.core.api.DeleteWorkflowTypeRequest;
import dev.swfrelay.core.api.DeprecateActivityTypeRequest;
import dev.swfrelay.core.api.DeprecateDomainRequest;
import dev.swfrelay.core.api.DeprecateWorkflowTypeRequest;
import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.TagResourceRequest;
import dev.swfrelay.core.api.UndeprecateActivityTypeRequest;
import dev.swfrelay.core.api.UndeprecateDomainRequest;
import dev.swfrelay.core.api.UndeprecateWorkflowTypeRequest;
import dev.swfrelay.core.api.UntagResourceRequest;
import dev.swfrelay.emulator.engine.change.Change;
import dev.swfrelay.emulator.engine.change.ClockChanged;
import dev.swfrelay.emulator.engine.change.EventRecorded;
import dev.swfrelay.emulator.engine.change.HeartbeatRecorded;
import dev.swfrelay.emulator.engine.change.RegistryChanged;
import dev.swfrelay.emulator.engine.change.StateReset;
import dev.swfrelay.emulator.engine.change.TokenIssued;
import dev.swfrelay.emulator.json.SwfJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A unit's changes to a record's bytes and back, in SWF's JSON ({@link SwfJson}). */
final class JournalCodec {

    /** The registry requests a journal may hold, by operation: nothing else is read back. */
    private static final Map<String, Class<?>> REGISTRY_REQUESTS = Stream.of(RegisterDomainRequest.class,
                    DeprecateDomainRequest.class, UndeprecateDomainRequest.class, TagResourceRequest.class,
                    UntagResourceRequest.class, RegisterWorkflowTypeRequest.class, RegisterActivityTypeRequest.class,
                    DeprecateWorkflowTypeRequest.class, DeprecateActivityTypeRequest.class,
                    UndeprecateWorkflowTypeRequest.class, UndeprecateActivityTypeRequest.class,
                    DeleteWorkflowTypeRequest.class, DeleteActivityTypeRequest.class)
            .collect(Collectors.toUnmodifiableMap(JournalCodec::operation, Function.identity()));

    private JournalCodec() {
    }

    static byte[] encode(List<Journal.Entry> entries) {
        return SwfJson.write(new JournalFrame(entries.stream().map(JournalCodec::entry).toList()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The entries of one record; {@link IllegalArgumentException} saying why when it does not decode. */
    static List<JournalEntry> decode(byte[] payload, String source) {
        JournalFrame frame = SwfJson.read(new String(payload, StandardCharsets.UTF_8), JournalFrame.class, source);
        if (frame == null || frame.entries() == null) {
            throw new IllegalArgumentException("a record without entries");
        }
        return frame.entries();
    }

    private static JournalEntry entry(Journal.Entry e) {
        Change c = e.change();
        String account = e.tenant().accountId();
        String region = e.tenant().region();
        if (c instanceof EventRecorded r) {
            return new JournalEntry(account, region, JournalEntry.EVENT, r.domain(), r.run(), r.event(), null, null, null, null,
                    null, null, null);
        } else if (c instanceof TokenIssued t) {
            return new JournalEntry(account, region, JournalEntry.TOKEN, t.domain(), t.run(), null, t.token(), null, null, null,
                    null, null, null);
        } else if (c instanceof HeartbeatRecorded h) {
            return new JournalEntry(account, region, JournalEntry.HEARTBEAT, h.domain(), h.run(), null, null,
                    h.scheduledEventId(), h.at(), h.details(), null, null, null);
        } else if (c instanceof RegistryChanged r) {
            return new JournalEntry(account, region, JournalEntry.REGISTRY, null, null, null, null, null, r.at(), null,
                    operation(r.request().getClass()), SwfJson.write(r.request()), null);
        } else if (c instanceof ClockChanged clock) {
            return new JournalEntry(account, region, JournalEntry.CLOCK, null, null, null, null, null, clock.frozenAt(), null,
                    null, null, clock.autoAdvance());
        }
        return new JournalEntry(account, region, JournalEntry.RESET, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** The change {@code entry} holds. */
    static Change change(JournalEntry entry, String source) {
        switch (entry.kind()) {
            case JournalEntry.EVENT:
                return new EventRecorded(entry.domain(), entry.run(), entry.event());
            case JournalEntry.TOKEN:
                return new TokenIssued(entry.domain(), entry.run(), entry.token());
            case JournalEntry.HEARTBEAT:
                return new HeartbeatRecorded(entry.domain(), entry.run(), entry.scheduledEventId(), entry.at(),
                        entry.details());
            case JournalEntry.REGISTRY:
                Class<?> type = REGISTRY_REQUESTS.get(entry.operation());
                if (type == null) {
                    throw new IllegalArgumentException("unknown registry operation '" + entry.operation() + "'");
                }
                return new RegistryChanged(SwfJson.read(entry.request(), type, source), entry.at());
            case JournalEntry.RESET:
                return new StateReset();
            case JournalEntry.CLOCK:
                return new ClockChanged(entry.at(), Boolean.TRUE.equals(entry.autoAdvance()));
            default:
                throw new IllegalArgumentException("unknown kind of change '" + entry.kind() + "'");
        }
    }

    private static String operation(Class<?> request) {
        return request.getSimpleName().replaceFirst("Request$", "");
    }
}
