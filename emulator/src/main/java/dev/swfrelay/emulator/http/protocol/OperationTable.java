package dev.swfrelay.emulator.http.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.swfrelay.core.model.Faults;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * SWF's operations by wire name ({@code RegisterDomain}), from the generated
 * {@link SwfOperations}, each with all a request of it needs: the name is looked up once per
 * request, here, and nothing after it is found by name again.
 */
public final class OperationTable {

    /**
     * An operation (with its generated tree reader), its input shape linked in ({@link ShapeValidator})
     * and Jackson's binding of its request record, for the bodies the tree reader declines.
     */
    record Entry(Operation<?> operation, ShapeValidator.Shape input, ObjectReader requestReader) {
    }

    private final Map<String, Operation<?>> byName;
    /** The same, hashed, with the readers: looked up once per request (a profile showed the sorted map's compares). */
    private final Map<String, Entry> lookup;

    private OperationTable(Map<String, Operation<?>> byName, Map<String, Entry> lookup) {
        this.byName = byName;
        this.lookup = lookup;
    }

    /** The table, with SWF's shapes read through {@code mapper} and its request bindings. */
    public static OperationTable of(ObjectMapper mapper) {
        ShapeValidator shapes = ShapeValidator.load(mapper);
        Map<String, Operation<?>> ops = new TreeMap<>();
        Map<String, Entry> entries = new HashMap<>();
        // Each reader builds its deserializer on its first request, not here: a short-lived server
        // meets a handful of SWF's 39 operations, and start-up pays for none of the others.
        ObjectReader requests = mapper.reader().without(DeserializationFeature.EAGER_DESERIALIZER_FETCH);
        for (Operation<?> op : SwfOperations.all()) {
            ops.put(op.name(), op);
            entries.put(op.name(), new Entry(op, shapes.input(op.name()), requests.forType(op.requestType())));
        }
        return new OperationTable(Collections.unmodifiableMap(ops), Map.copyOf(entries));
    }

    /** The operation an {@code X-Amz-Target} names: the text after its last dot. */
    public Operation<?> forTarget(String target) {
        return entryFor(target).operation();
    }

    /** The operation an {@code X-Amz-Target} names, with what reading its request needs. */
    Entry entryFor(String target) {
        if (target == null || target.isBlank()) {
            throw Faults.unknownOperation("no X-Amz-Target header")
                    .withDetail("expected X-Amz-Target: SimpleWorkflowService.<Operation>");
        }
        String name = target.substring(target.lastIndexOf('.') + 1).trim();
        Entry entry = lookup.get(name);
        if (entry == null) {
            throw Faults.unknownOperation(target);
        }
        return entry;
    }

    public Map<String, Operation<?>> all() {
        return byName;
    }
}
