package dev.swfrelay.core.replay;

import dev.swfrelay.core.model.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The attribute differences between a recorded decision and the one a decider returned, in one mode. */
final class DecisionComparison {

    private DecisionComparison() {
    }

    static List<AttributeDifference> differences(RecordedDecision expected, Decision actual, ReplayMode mode) {
        if (expected == null || actual == null) {
            return List.of(new AttributeDifference("decisionType",
                    expected == null ? null : expected.decisionType(), actual == null ? null : actual.decisionType()));
        }
        if (expected.decisionType() != actual.decisionType()) {
            return List.of(new AttributeDifference("decisionType", expected.decisionType(), actual.decisionType()));
        }
        Map<String, Object> returned = AttributePaths.of((Record) actual);
        TreeSet<String> names = new TreeSet<>(expected.attributes().keySet());
        if (expected.complete()) {
            names.addAll(returned.keySet());
        }
        List<AttributeDifference> differences = new ArrayList<>();
        for (String name : names) {
            Object recorded = expected.attributes().get(name);
            Object value = returned.get(name);
            if (mode.compares(name, value) && !Objects.equals(recorded, value)) {
                differences.add(new AttributeDifference(name, recorded, value));
            }
        }
        return differences;
    }
}
