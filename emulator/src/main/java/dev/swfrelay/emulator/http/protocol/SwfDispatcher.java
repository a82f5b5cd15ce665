package dev.swfrelay.emulator.http.protocol;

import dev.swfrelay.emulator.engine.Tenant;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityTask;
import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.Violation;
import dev.swfrelay.emulator.json.SwfJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * SWF's JSON protocol over core's {@link dev.swfrelay.core.api.SwfService}: finds the operation
 * an {@code X-Amz-Target} names (the one lookup by name, {@link OperationTable}), checks the body
 * against its input shape (every violation at once, {@link ShapeValidator}), reads its request
 * record with its generated tree reader ({@link TreeValues}, Jackson's binding where that
 * declines), calls the tenant's emulator and writes the answer. Long polls come back as the
 * engine's future.
 */
public final class SwfDispatcher {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY_DECISION_TASK =
            "{\"previousStartedEventId\":0,\"startedEventId\":0}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY_ACTIVITY_TASK = "{\"startedEventId\":0}".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper = Protocol.MAPPER;
    private final OperationTable operations = Protocol.OPERATIONS;
    private final TreeValues requests = Protocol.REQUESTS;
    private final Function<Tenant, SwfService> tenants;

    /** {@code tenants} gives the service of an account in a region. */
    public SwfDispatcher(Function<Tenant, SwfService> tenants) {
        this.tenants = tenants;
    }

    /**
     * Builds, on the calling thread, what every dispatcher shares whatever its server's settings:
     * SWF's JSON codec, operation table and shapes. A command about to start a server calls it on
     * a second thread while it parses its options; a server built meanwhile waits for what is in
     * progress, as for any class another thread is initialising.
     */
    public static void prepare() {
        Protocol.initialise();
    }

    /**
     * SWF's operations and shapes with the codec they are read through: the same for every
     * server, read once per process on first use, so a second server in a process starts with
     * them built and its readers warm.
     */
    private static final class Protocol {
        static final ObjectMapper MAPPER = SwfJson.mapper();
        static final OperationTable OPERATIONS = OperationTable.of(MAPPER);
        static final TreeValues REQUESTS = new TreeValues(MAPPER);

        /** Nothing of its own: calling it runs the class's initialiser, as a first request would. */
        static void initialise() {
        }
    }

    /** Calls the operation on the tenant's state; the answer is a record, {@code null} for void, or a future for a long poll. */
    public Object call(String target, Tenant tenant, ByteBuf body) {
        OperationTable.Entry entry = operations.entryFor(target);
        Object request = decode(entry, body);
        return entry.operation().invoke(tenants.apply(tenant), request);
    }

    private Object decode(OperationTable.Entry entry, ByteBuf body) {
        try {
            JsonNode tree = body.isReadable() ? readTree(body) : mapper.readTree(EMPTY_OBJECT);
            List<Violation> violations = ShapeValidator.violations(entry.input(), tree);
            if (!violations.isEmpty()) {
                throw Faults.invalid(violations);
            }
            Object request = requests.read(entry.operation().treeReader(), tree);
            if (request == null && tree != null && !tree.isMissingNode()) {
                // a member in a form the direct reading declines: Jackson's binding reads it, or words its fault
                request = entry.requestReader().readValue(tree);
            }
            if (request == null) {
                throw Faults.notAnObject();
            }
            return request;
        } catch (JacksonException problem) {
            throw WireFaults.fromJson(problem);
        } catch (IOException unreadable) {
            throw Faults.unreadableBody().withDetail(unreadable.getMessage());
        }
    }

    /**
     * A request's JSON from its bytes in place when the buffer has an array, else from one copy:
     * a parser over bytes it is given skips the stream's reads into buffers of its own (a profile
     * of the trivial call showed the stream's parser set-up on every request).
     */
    private JsonNode readTree(ByteBuf body) throws IOException {
        if (body.hasArray()) {
            return mapper.readTree(body.array(), body.arrayOffset() + body.readerIndex(), body.readableBytes());
        }
        return mapper.readTree(ByteBufUtil.getBytes(body));
    }

    /**
     * The JSON body of an answer, written straight into a buffer from {@code buffers} (no
     * intermediate array); empty polls carry no task token, events or activity id.
     */
    public ByteBuf encode(Object answer, ByteBufAllocator buffers) throws IOException {
        if (answer == null) {
            return Unpooled.wrappedBuffer(EMPTY_OBJECT);
        }
        if (answer instanceof DecisionTask task && task.taskToken() == null) {
            return Unpooled.wrappedBuffer(EMPTY_DECISION_TASK);
        }
        if (answer instanceof ActivityTask task && task.taskToken() == null) {
            return Unpooled.wrappedBuffer(EMPTY_ACTIVITY_TASK);
        }
        ByteBuf body = buffers.buffer();
        try {
            mapper.writeValue((OutputStream) new ByteBufOutputStream(body), answer);
            return body;
        } catch (IOException | RuntimeException failure) {
            body.release();
            throw failure;
        }
    }
}
