package dev.swfrelay.emulator.fault;

import dev.swfrelay.core.model.FaultType;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads fault rules from what a JSON or YAML parser made of a rules file or an admin request
 * (maps, lists, strings, numbers, booleans): {@code {"seed": 42, "rules": [rule, …]}}, or one
 * rule alone. A rule:
 * <pre>
 * name: lose-a-completion          # optional; rule-N by default
 * operation: RespondActivityTaskCompleted   # match fields, each optional:
 * domain: …  taskList: …  workflowId: …  activityType: …
 * nth: 1  |  probability: 0.25     # when it fires (every match by default); times: N caps it
 * action: fault | error | latency | loseAnswer | drop
 * fault: UnknownResourceFault      # with action fault
 * status: 503                      # with action error
 * latency: PT2S                    # with action latency (ISO-8601 duration)
 * </pre>
 * A mistake throws {@link IllegalArgumentException} naming the rule and the field.
 */
public final class FaultRuleReader {

    private static final Set<String> FIELDS = Set.of("name", "operation", "domain", "taskList", "workflowId",
            "activityType", "nth", "probability", "times", "action", "fault", "status", "latency");
    private static final Set<String> FILE_FIELDS = Set.of("seed", "rules");

    /** What a rules file holds: the seed (0 when not given) and its rules, in order. */
    public record RuleSet(long seed, List<FaultRule> rules) {
        public RuleSet {
            rules = List.copyOf(rules);
        }
    }

    private FaultRuleReader() {
    }

    /** A whole rule set; {@code document} is a map with {@code rules} (and {@code seed}), or a list of rules. */
    public static RuleSet ruleSet(Object document, int firstNumber) {
        if (document instanceof List<?> list) {
            return new RuleSet(0, rules(list, firstNumber));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected an object with 'rules' (and 'seed'), or a list of rules");
        }
        if (!map.containsKey("rules")) {
            return new RuleSet(0, List.of(rule(map, firstNumber)));
        }
        for (Object key : map.keySet()) {
            if (!FILE_FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("field '" + key + "': unknown; expected seed and rules");
            }
        }
        long seed = map.containsKey("seed") ? whole(map.get("seed"), "field 'seed'") : 0;
        if (!(map.get("rules") instanceof List<?> list)) {
            throw new IllegalArgumentException("field 'rules': must be a list of rules");
        }
        return new RuleSet(seed, rules(list, firstNumber));
    }

    private static List<FaultRule> rules(List<?> list, int firstNumber) {
        List<FaultRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("rule " + (firstNumber + i) + ": must be an object");
            }
            rules.add(rule(fields, firstNumber + i));
        }
        return rules;
    }

    /** Rule number {@code number} (from 1, as a person counts them in the file). */
    public static FaultRule rule(Map<?, ?> fields, int number) {
        String name = fields.containsKey("name") ? text(fields, "name", "rule " + number) : "rule-" + number;
        String where = "rule " + number + " (" + name + ")";
        for (Object key : fields.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ", field '" + key + "': unknown; expected one of "
                        + FIELDS.stream().sorted().toList());
            }
        }
        try {
            RuleMatch match = new RuleMatch(optionalText(fields, "operation", where), optionalText(fields, "domain", where),
                    optionalText(fields, "taskList", where), optionalText(fields, "workflowId", where),
                    optionalText(fields, "activityType", where));
            return new FaultRule(name, match, firing(fields, where), action(fields, where));
        } catch (FieldError e) {
            throw e;
        } catch (IllegalArgumentException invalid) {
            throw new FieldError(where + ": " + invalid.getMessage());
        }
    }

    private static Firing firing(Map<?, ?> fields, String where) {
        int times = fields.containsKey("times") ? (int) whole(fields.get("times"), where + ", field 'times'") : 0;
        if (fields.containsKey("nth") && fields.containsKey("probability")) {
            throw new FieldError(where + ", field 'nth': give nth or probability, not both");
        }
        try {
            if (fields.containsKey("nth")) {
                Firing nth = Firing.onNth((int) whole(fields.get("nth"), where + ", field 'nth'"));
                return times > 0 ? nth.times(times) : nth;
            }
            double p = 1.0;
            if (fields.containsKey("probability")) {
                if (!(fields.get("probability") instanceof Number number)) {
                    throw new FieldError(where + ", field 'probability': must be a number from 0 to 1");
                }
                p = number.doubleValue();
            }
            Firing firing = Firing.withProbability(p);
            return times > 0 ? firing.times(times) : firing;
        } catch (FieldError e) {
            throw e;
        } catch (IllegalArgumentException invalid) {
            String field = invalid.getMessage().startsWith("times") ? "times"
                    : invalid.getMessage().startsWith("nth") ? "nth" : "probability";
            throw new FieldError(where + ", field '" + field + "': " + invalid.getMessage());
        }
    }

    private static FaultAction action(Map<?, ?> fields, String where) {
        String action = text(fields, "action", where);
        String field = "action";
        try {
            switch (action) {
                case "fault" -> {
                    field = "fault";
                    String name = text(fields, "fault", where);
                    FaultType type = FaultType.fromWire(name);
                    if (type == null) {
                        throw new IllegalArgumentException("'" + name + "' is not one of SWF's faults; one of "
                                + FaultAction.Answer.SUPPORTED.stream().map(Enum::name).sorted().toList());
                    }
                    return new FaultAction.Answer(type);
                }
                case "error" -> {
                    field = "status";
                    return new FaultAction.ServerError((int) whole(fields.get("status"), where + ", field 'status'"));
                }
                case "latency" -> {
                    field = "latency";
                    return new FaultAction.Latency(duration(text(fields, "latency", where)));
                }
                case "loseAnswer" -> {
                    return new FaultAction.LoseAnswer();
                }
                case "drop" -> {
                    return new FaultAction.Drop();
                }
                default -> throw new IllegalArgumentException("'" + action
                        + "' is not an action; one of fault, error, latency, loseAnswer, drop");
            }
        } catch (FieldError e) {
            throw e;
        } catch (IllegalArgumentException invalid) {
            throw new FieldError(where + ", field '" + field + "': " + invalid.getMessage());
        }
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration such as PT0.5S");
        }
    }

    private static String text(Map<?, ?> fields, String field, String where) {
        if (!fields.containsKey(field)) {
            throw new FieldError(where + ", field '" + field + "': missing");
        }
        return optionalText(fields, field, where);
    }

    private static String optionalText(Map<?, ?> fields, String field, String where) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.isEmpty()) {
            throw new FieldError(where + ", field '" + field + "': must be a non-empty string");
        }
        return s;
    }

    private static long whole(Object value, String where) {
        if (value instanceof Number number) {
            try {
                return new java.math.BigDecimal(number.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                throw new FieldError(where + ": must be a whole number, was " + value);
            }
        }
        throw new FieldError(where + ": must be a whole number" + (value == null ? ", missing" : ", was " + value));
    }

    /** A mistake already named with its rule and field. */
    private static final class FieldError extends IllegalArgumentException {
        FieldError(String message) {
            super(message);
        }
    }
}
