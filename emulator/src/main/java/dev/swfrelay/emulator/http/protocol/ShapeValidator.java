package dev.swfrelay.emulator.http.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request body against SWF's service model before it is bound to core's records,
 * collecting every violation, as SWF names them all in one {@code ValidationException}: in
 * the model's member order, list elements in list order ({@code decisions.1.member.…}).
 * The shapes come from {@code swf-shapes.json}, written by {@code scripts/gen_shapes.py}
 * from SWF's service model; each operation's input shape is looked up once, when the operation
 * table is built ({@link #input}), and a request is checked against the shape its entry holds.
 * A member of the wrong JSON type is left to the binding, which names it; the records' own
 * checks (SWF's name rule) still apply after this pass.
 */
final class ShapeValidator {

    /** What a shape is checked as; the model's other types (booleans, blobs, maps) are left to the binding. */
    private enum Kind { STRUCTURE, LIST, STRING, NUMBER, OTHER }

    /**
     * A shape with its members' and elements' shapes linked in, not looked up by name for every
     * member of every request (a profile of the trivial call showed those lookups). Outside this
     * class, an operation's input shape is a handle to check requests against.
     */
    static final class Shape {
        private final String name;
        private final Kind kind;
        private final List<Member> members = new ArrayList<>();
        private Shape element;
        private final Long min;
        private final Long max;
        private final List<String> allowed;

        private Shape(String name, Kind kind, Long min, Long max, List<String> allowed) {
            this.name = name;
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.allowed = allowed;
        }
    }

    private record Member(String name, Shape shape, boolean required) {
    }

    private static final String DECISION = "Decision";
    private static final JsonNode NO_ATTRIBUTES = JsonNodeFactory.instance.objectNode();

    /** Each operation's input shape. */
    private final Map<String, Shape> inputs;

    private ShapeValidator(Map<String, Shape> inputs) {
        this.inputs = inputs;
    }

    static ShapeValidator load(ObjectMapper mapper) {
        try (InputStream in = ShapeValidator.class.getResourceAsStream("swf-shapes.json")) {
            if (in == null) {
                throw new IllegalStateException("swf-shapes.json is missing; run scripts/gen_shapes.py");
            }
            JsonNode model = mapper.readTree(in);
            JsonNode specs = model.get("shapes");
            Map<String, Shape> linked = new HashMap<>();
            Map<String, Shape> inputs = new HashMap<>();
            model.get("operations").fields().forEachRemaining(e -> {
                Shape input = shape(e.getValue().asText(), specs, linked);
                if (input != null) {
                    inputs.put(e.getKey(), input);
                }
            });
            return new ShapeValidator(Map.copyOf(inputs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read swf-shapes.json", e);
        }
    }

    /** The input shape of {@code operation}, with every shape it reaches linked in. */
    Shape input(String operation) {
        Shape input = inputs.get(operation);
        if (input == null) {
            throw new IllegalStateException("swf-shapes.json has no input shape for " + operation
                    + "; run scripts/gen_shapes.py");
        }
        return input;
    }

    /** Every constraint {@code body} breaks as {@code input}, in SWF's order; empty if none. */
    static List<Violation> violations(Shape input, JsonNode body) {
        List<Violation> found = new ArrayList<>();
        if (body != null && body.isObject()) {
            check(input, body, "", null, found);
        }
        return found;
    }

    /**
     * Checks {@code value} at {@code parent.member} ({@code member} null at the top); the path is
     * joined only where it is needed, for a nested shape or a violation, not for every member of
     * every request.
     */
    private static void check(Shape shape, JsonNode value, String parent, String member, List<Violation> found) {
        if (shape == null) {
            return;
        }
        switch (shape.kind) {
            case STRUCTURE -> structure(shape, value, path(parent, member), chosenAttributes(shape, value), found);
            case LIST -> list(shape, value, path(parent, member), found);
            case STRING -> string(shape, value, parent, member, found);
            case NUMBER -> number(shape, value, parent, member, found);
            case OTHER -> { }
        }
    }

    private static String path(String parent, String member) {
        if (member == null) {
            return parent;
        }
        return parent.isEmpty() ? member : parent + "." + member;
    }

    /**
     * The attributes member a decision's {@code decisionType} calls for, {@code null} for any other
     * shape or an unknown type: SWF checks that member even when it is absent, naming each of its
     * required members ({@code decisions.1.member.startTimerDecisionAttributes.timerId}).
     */
    private static String chosenAttributes(Shape shape, JsonNode value) {
        if (!DECISION.equals(shape.name) || !value.isObject()) {
            return null;
        }
        JsonNode type = value.get("decisionType");
        if (type != null && type.isTextual()) {
            for (DecisionType known : DecisionType.values()) {
                if (known.name().equals(type.textValue())) {
                    return known.attributesMember();
                }
            }
        }
        return null;
    }

    private static void structure(Shape shape, JsonNode value, String path, String chosenAttributes, List<Violation> found) {
        if (!value.isObject()) {
            return;
        }
        for (Member member : shape.members) {
            JsonNode child = value.get(member.name());
            if (child == null || child.isNull()) {
                if (member.required()) {
                    found.add(Violation.notNull(path(path, member.name())));
                } else if (member.name().equals(chosenAttributes)) {
                    check(member.shape(), NO_ATTRIBUTES, path, member.name(), found);
                }
            } else {
                check(member.shape(), child, path, member.name(), found);
            }
        }
    }

    private static void list(Shape shape, JsonNode value, String path, List<Violation> found) {
        if (!value.isArray()) {
            return;
        }
        String length = lengthRule(shape, value.size());
        if (length != null) {
            found.add(new Violation(shown(value), path, length));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element != null && !element.isNull()) {
                check(shape.element, element, path, (i + 1) + ".member", found);
            }
        }
    }

    private static void string(Shape shape, JsonNode value, String parent, String member, List<Violation> found) {
        if (!value.isTextual()) {
            return;
        }
        String text = value.textValue();
        if (shape.allowed != null && !shape.allowed.contains(text)) {
            found.add(new Violation(text, path(parent, member), Faults.oneOf(shape.allowed)));
            return;
        }
        String length = lengthRule(shape, text.length());
        if (length != null) {
            found.add(new Violation(text, path(parent, member), length));
        }
    }

    private static void number(Shape shape, JsonNode value, String parent, String member, List<Violation> found) {
        if (!value.isIntegralNumber()) {
            return;
        }
        long n = value.longValue();
        if (shape.min != null && n < shape.min) {
            found.add(new Violation(n, path(parent, member), Faults.valueAtLeast(shape.min)));
        } else if (shape.max != null && n > shape.max) {
            found.add(new Violation(n, path(parent, member), Faults.valueAtMost(shape.max)));
        }
    }

    /** A list as AWS shows it in a violation: {@code [t1, t2, t3]}. */
    private static String shown(JsonNode list) {
        List<String> elements = new ArrayList<>();
        list.forEach(e -> elements.add(e.isTextual() ? e.textValue() : e.toString()));
        return "[" + String.join(", ", elements) + "]";
    }

    private static String lengthRule(Shape shape, long length) {
        if (shape.min != null && length < shape.min) {
            return Faults.lengthAtLeast(shape.min);
        }
        if (shape.max != null && length > shape.max) {
            return Faults.lengthAtMost(shape.max);
        }
        return null;
    }

    /** The shape {@code name} with every shape it reaches linked in, each made once ({@code linked}); null if unknown. */
    private static Shape shape(String name, JsonNode specs, Map<String, Shape> linked) {
        Shape known = linked.get(name);
        JsonNode spec = specs.get(name);
        if (known != null || spec == null) {
            return known;
        }
        Shape shape = new Shape(name, kind(spec.get("type").asText()), number(spec.get("min")), number(spec.get("max")),
                spec.has("enum") ? texts(spec.get("enum")) : null);
        linked.put(name, shape);
        List<String> required = texts(spec.path("required"));
        spec.path("members").forEach(m -> shape.members.add(new Member(m.get(0).asText(),
                shape(m.get(1).asText(), specs, linked), required.contains(m.get(0).asText()))));
        String element = spec.path("member").asText(null);
        shape.element = element == null ? null : shape(element, specs, linked);
        return shape;
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "structure" -> Kind.STRUCTURE;
            case "list" -> Kind.LIST;
            case "string" -> Kind.STRING;
            case "integer", "long" -> Kind.NUMBER;
            default -> Kind.OTHER;
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static Long number(JsonNode node) {
        return node == null ? null : node.asLong();
    }
}
