package dev.swfrelay.emulator.http.routes;

import dev.swfrelay.emulator.http.auth.RegionalEmulators;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.metrics.SwfMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's own routes under {@code /_relay/}: {@code GET health} (with the parked poll count), {@code POST reset},
 * {@code GET metrics} (Prometheus' text format, SWF's CloudWatch metrics; ADR 0012),
 * {@code GET clock} and {@code POST clock} ({@code time} freezes, {@code freeze: true} freezes at now, {@code advance} moves a frozen
 * clock forward firing what falls due, {@code autoAdvance} switches auto-advance,
 * {@code release} returns to real time), {@code POST snapshot} (with {@code serve --data}: a snapshot of the data
 * folder now, its number, changes, bytes and milliseconds). {@code POST /moto-api/reset} is moto's name for
 * {@code POST /_relay/reset}. Answers are JSON; bad input is a {@code ValidationException}. With a data folder
 * the clock's setting is journaled, so a restart keeps a frozen or advanced clock. {@code GET}, {@code POST} and
 * {@code DELETE faults} list, add and clear the fault rules ({@link FaultRoutes}).
 */
public final class AdminRoutes {

    static final String PREFIX = "/_relay/";
    /** moto's server-mode reset, which {@code mock_aws} calls before and after every test. */
    static final String MOTO_RESET = "/moto-api/reset";

    private final ObjectMapper mapper;
    private final VirtualClock clock;
    private final RegionalEmulators emulators;
    private final AtomicInteger parkedPolls;
    private final DataKeeping data;
    private final FaultRoutes faults;
    private final SwfMetrics metrics;

    public AdminRoutes(ObjectMapper mapper, VirtualClock clock, RegionalEmulators emulators, AtomicInteger parkedPolls) {
        this(mapper, clock, emulators, parkedPolls, DataKeeping.MEMORY);
    }

    public AdminRoutes(ObjectMapper mapper, VirtualClock clock, RegionalEmulators emulators, AtomicInteger parkedPolls,
                DataKeeping data) {
        this(mapper, clock, emulators, parkedPolls, data, FaultRules.seeded(0), new SwfMetrics(emulators::taskLists));
    }

    /**
     * As above, {@code /_relay/faults} adding to, listing and clearing {@code faults}, and {@code GET /_relay/metrics}
     * answering {@code metrics} in Prometheus' text format.
     */
    public AdminRoutes(ObjectMapper mapper, VirtualClock clock, RegionalEmulators emulators, AtomicInteger parkedPolls,
                DataKeeping data, FaultRules faults, SwfMetrics metrics) {
        this.faults = new FaultRoutes(mapper, faults);
        this.metrics = metrics;
        this.mapper = mapper;
        this.clock = clock;
        this.emulators = emulators;
        this.parkedPolls = parkedPolls;
        this.data = data;
    }

    /** Whether {@code path} is one of the server's own routes rather than SWF's. */
    public static boolean owns(String path) {
        return path.startsWith(PREFIX) || path.equals(MOTO_RESET);
    }

    /** The health check, which a guarded server answers without a signature (it shows no state). */
    public static boolean isHealth(HttpMethod method, String path) {
        return method.equals(HttpMethod.GET) && path.equals(PREFIX + "health");
    }

    /** The metrics route, answered in Prometheus' text format rather than JSON by {@link #metrics()}. */
    public static boolean isMetrics(HttpMethod method, String path) {
        return method.equals(HttpMethod.GET) && path.equals(PREFIX + "metrics");
    }

    /** Every metric now, in Prometheus' text format ({@link SwfMetrics#CONTENT_TYPE}). */
    public byte[] metrics() {
        return metrics.scrape();
    }

    /** The JSON answer of an admin route; throws {@link SwfFault} for an unknown route or bad input. */
    public byte[] handle(HttpMethod method, String path, ByteBuf body) throws IOException {
        String route = method.name() + " " + (path.equals(MOTO_RESET) ? "reset" : path.substring(PREFIX.length()));
        switch (route) {
            case "GET health" -> {
                return mapper.writeValueAsBytes(mapper.createObjectNode().put("status", "ok").put("parkedPolls", parkedPolls.get()));
            }
            case "POST reset" -> {
                emulators.reset();
                clock.release();
                data.clockSet();
                return mapper.writeValueAsBytes(clockState());
            }
            case "GET clock" -> {
                return mapper.writeValueAsBytes(clockState());
            }
            case "POST clock" -> {
                moveClock(read(body));
                data.clockSet();
                return mapper.writeValueAsBytes(clockState());
            }
            case "POST snapshot" -> {
                Map<String, Long> taken = data.snapshot();
                if (taken == null) {
                    throw invalid("the server keeps no data folder (serve --data DIR): there is nothing to snapshot");
                }
                return mapper.writeValueAsBytes(new TreeMap<>(taken));
            }
            case "GET faults" -> {
                return mapper.writeValueAsBytes(faults.list());
            }
            case "POST faults" -> {
                return mapper.writeValueAsBytes(faults.add(mapper.treeToValue(readAny(body), Object.class)));
            }
            case "DELETE faults" -> {
                return mapper.writeValueAsBytes(faults.clear());
            }
            default -> throw Faults.unknownOperation(route)
                    .withDetail("known admin routes: GET health, GET metrics, POST reset, GET clock, POST clock, "
                            + "POST snapshot, GET/POST/DELETE faults");
        }
    }

    private ObjectNode clockState() {
        return mapper.createObjectNode()
                .put("time", clock.now().toString())
                .put("frozen", clock.isFrozen())
                .put("autoAdvance", clock.isAutoAdvance());
    }

    private JsonNode read(ByteBuf body) {
        JsonNode node = readAny(body);
        if (node == null || !node.isObject()) {
            throw invalid("body must be a JSON object with time, advance, autoAdvance or release");
        }
        return node;
    }

    /** The body's JSON, or {@code null} when it has none. */
    private JsonNode readAny(ByteBuf body) {
        try {
            return body.isReadable() ? mapper.readTree((InputStream) new ByteBufInputStream(body)) : null;
        } catch (JacksonException e) {
            throw Faults.notJson().withDetail(e.getOriginalMessage());
        } catch (IOException e) {
            throw Faults.unreadableBody();
        }
    }

    private void moveClock(JsonNode command) {
        if (!command.has("time") && !command.has("freeze") && !command.has("advance") && !command.has("autoAdvance")
                && !command.has("release")) {
            throw invalid("expected one of time, freeze, advance, autoAdvance, release");
        }
        if (command.has("time")) {
            freeze(text(command, "time"));
        }
        if (command.has("freeze") && bool(command, "freeze")) {
            clock.freeze(clock.now());
        }
        if (command.has("autoAdvance")) {
            clock.autoAdvance(bool(command, "autoAdvance"));
        }
        if (command.has("advance")) {
            advance(text(command, "advance"));
        }
        if (command.has("release") && bool(command, "release")) {
            clock.release();
        }
    }

    private void freeze(String time) {
        Instant at;
        try {
            at = Instant.parse(time);
        } catch (DateTimeException e) {
            throw invalid("time '" + time + "' is not an ISO-8601 instant such as 2015-01-01T12:00:00Z");
        }
        if (emulators.inUse() && at.isBefore(clock.now())) {
            throw invalid("time " + at + " is before the clock's " + clock.now()
                    + "; time moves backwards only after POST /_relay/reset");
        }
        clock.freeze(at);
    }

    private void advance(String amount) {
        Duration by;
        try {
            by = Duration.parse(amount);
        } catch (DateTimeException e) {
            throw invalid("advance '" + amount + "' is not an ISO-8601 duration such as PT5M");
        }
        if (by.isNegative()) {
            throw invalid("advance " + amount + " is negative; the clock only moves forward");
        }
        if (!clock.isFrozen()) {
            throw invalid("the clock follows real time; freeze it with {\"time\": …} before advancing");
        }
        clock.advance(by);
    }

    private static String text(JsonNode command, String member) {
        JsonNode value = command.get(member);
        if (!value.isTextual()) {
            throw invalid(member + " must be a string");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode command, String member) {
        JsonNode value = command.get(member);
        if (!value.isBoolean()) {
            throw invalid(member + " must be true or false");
        }
        return value.booleanValue();
    }

    private static SwfFault invalid(String message) {
        return Faults.badAdminRequest(message);
    }
}
