package dev.swfrelay.emulator.http.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.fault.FaultAction;
import dev.swfrelay.emulator.fault.FaultRule;
import dev.swfrelay.emulator.fault.FaultRuleReader;
import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.fault.FiredFault;
import dev.swfrelay.emulator.fault.RuleMatch;
import dev.swfrelay.emulator.fault.RuleStatus;
import java.util.List;

/**
 * {@code /_relay/faults}: {@code POST} adds rules (one rule object, a list, or {@code {"rules": […]}}, as in
 * a {@code serve --faults} file), {@code GET} lists them with their counts and the recent faults fired,
 * {@code DELETE} removes them all. A rule that does not read is a {@code ValidationException} naming the
 * rule and the field.
 */
final class FaultRoutes {

    private final ObjectMapper mapper;
    private final FaultRules rules;

    FaultRoutes(ObjectMapper mapper, FaultRules rules) {
        this.mapper = mapper;
        this.rules = rules;
    }

    ObjectNode add(Object body) {
        try {
            List<FaultRule> added = FaultRuleReader.ruleSet(body, rules.rules().size() + 1).rules();
            rules.addAll(added);
        } catch (IllegalArgumentException invalid) {
            throw Faults.badAdminRequest(invalid.getMessage());
        }
        return list();
    }

    ObjectNode clear() {
        rules.clear();
        return list();
    }

    ObjectNode list() {
        ObjectNode answer = mapper.createObjectNode().put("seed", rules.seed()).put("fired", rules.firedTotal());
        ArrayNode listed = answer.putArray("rules");
        for (RuleStatus status : rules.rules()) {
            ObjectNode rule = rule(status.rule());
            rule.put("matched", status.matched()).put("firedCount", status.fired());
            listed.add(rule);
        }
        ArrayNode recent = answer.putArray("recent");
        for (FiredFault fired : rules.recent()) {
            ObjectNode shown = recent.addObject().put("sequence", fired.sequence()).put("rule", fired.rule())
                    .put("operation", fired.operation());
            action(shown, fired.action());
            putIfGiven(shown, "domain", fired.domain());
            putIfGiven(shown, "workflowId", fired.workflowId());
        }
        return answer;
    }

    /** A rule in the same fields a rules file gives it. */
    private ObjectNode rule(FaultRule rule) {
        ObjectNode shown = mapper.createObjectNode().put("name", rule.name());
        RuleMatch match = rule.match();
        putIfGiven(shown, "operation", match.operation());
        putIfGiven(shown, "domain", match.domain());
        putIfGiven(shown, "taskList", match.taskList());
        putIfGiven(shown, "workflowId", match.workflowId());
        putIfGiven(shown, "activityType", match.activityType());
        if (rule.firing().nth() > 0) {
            shown.put("nth", rule.firing().nth());
        } else {
            shown.put("probability", rule.firing().probability());
        }
        if (rule.firing().times() > 0) {
            shown.put("times", rule.firing().times());
        }
        action(shown, rule.action());
        return shown;
    }

    private static void action(ObjectNode shown, FaultAction action) {
        shown.put("action", action.kind());
        if (action instanceof FaultAction.Answer answer) {
            shown.put("fault", answer.type().name());
        } else if (action instanceof FaultAction.ServerError error) {
            shown.put("status", error.status());
        } else if (action instanceof FaultAction.Latency latency) {
            shown.put("latency", latency.delay().toString());
        }
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
