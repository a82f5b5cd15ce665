package dev.swfrelay.core.replay;

import dev.swfrelay.core.model.decision.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The first place a decider decided otherwise than the history recorded.
 *
 * @param point       the decision task, with its event ids
 * @param index       which of the task's decisions differs (0 for the first)
 * @param expected    the recorded decision there, {@code null} if the decider returned more decisions
 * @param actual      the decider's decision there, {@code null} if it returned fewer
 * @param differences the attributes that differ (just {@code decisionType} when the kinds differ)
 * @param recorded    every decision the task recorded
 * @param returned    every decision the decider returned
 */
public record Divergence(DecisionPoint point, int index, RecordedDecision expected, Decision actual,
                         List<AttributeDifference> differences, List<RecordedDecision> recorded,
                         List<Decision> returned) {

    public Divergence {
        Objects.requireNonNull(point, "Divergence.point");
        differences = List.copyOf(differences);
        recorded = List.copyOf(recorded);
        returned = List.copyOf(returned);
    }

    /** A report for a person: where, what was recorded, what was returned, and the diff. */
    public String describe() {
        StringBuilder text = new StringBuilder("The decider diverged at ").append(point)
                .append(", decision ").append(index + 1).append(":\n")
                .append("  recorded: ").append(expected == null ? "(no decision)" : expected).append('\n')
                .append("  returned: ").append(actual == null ? "(no decision)" : shown(actual)).append('\n')
                .append("  differences:\n");
        differences.forEach(d -> text.append("    ").append(d).append('\n'));
        text.append("  the task recorded ").append(recorded.size()).append(" decision(s):\n");
        recorded.forEach(d -> text.append("    ").append(d).append('\n'));
        text.append("  the decider returned ").append(returned.size()).append(" decision(s):\n");
        returned.forEach(d -> text.append("    ").append(shown(d)).append('\n'));
        return text.toString();
    }

    private static String shown(Decision decision) {
        return decision.decisionType() + " " + DecisionText.attributes(AttributePaths.of((Record) decision));
    }
}
