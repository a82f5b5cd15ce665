package dev.swfrelay.emulator.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.Faults;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * SWF's operations by wire name ({@code RegisterDomain}), read once from {@link SwfService}:
 * each method takes its operation's request record and is named like the operation.
 */
final class OperationTable {

    private final Map<String, Operation> byName;
    /** The same, hashed: looked up once per request (a profile showed the sorted map's compares). */
    private final Map<String, Operation> lookup;

    private OperationTable(Map<String, Operation> byName) {
        this.byName = byName;
        this.lookup = Map.copyOf(byName);
    }

    static OperationTable of(ObjectMapper mapper) {
        Map<String, Operation> ops = new TreeMap<>();
        // Each reader builds its deserializer on its first request, not here: a short-lived server
        // meets a handful of SWF's 39 operations, and start-up pays for none of the others.
        ObjectReader requests = mapper.reader().without(DeserializationFeature.EAGER_DESERIALIZER_FETCH);
        for (Method m : SwfService.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 1) {
                continue;
            }
            String name = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
            // checked once here, not on every call: an unchecked Method.invoke skips finding its caller's class
            m.setAccessible(true);
            ops.put(name, new Operation(name, m, requests.forType(m.getParameterTypes()[0])));
        }
        return new OperationTable(Collections.unmodifiableMap(ops));
    }

    /** The operation an {@code X-Amz-Target} names: the text after its last dot. */
    Operation forTarget(String target) {
        if (target == null || target.isBlank()) {
            throw Faults.unknownOperation("no X-Amz-Target header")
                    .withDetail("expected X-Amz-Target: SimpleWorkflowService.<Operation>");
        }
        String name = target.substring(target.lastIndexOf('.') + 1).trim();
        Operation op = lookup.get(name);
        if (op == null) {
            throw Faults.unknownOperation(target);
        }
        return op;
    }

    Map<String, Operation> all() {
        return byName;
    }
}
