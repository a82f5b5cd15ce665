package dev.swfrelay.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effects handlers had, per run: an activity type's handler returning counts as its
 * effect, once per run, unless the handler declared an idempotency key (then once per key
 * is the rule no more: repeats of that key are allowed).
 */
final class SideEffects {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void record(String workflowId, String activityType, String idempotencyKey) {
        if (idempotencyKey != null) {
            return;
        }
        counts.merge(workflowId + '\u0000' + activityType, 1, Integer::sum);
    }

    List<InvariantFailure> repeated() {
        List<InvariantFailure> failures = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count > 1) {
                int split = key.indexOf('\u0000');
                failures.add(new InvariantFailure(BuiltInInvariants.SIDE_EFFECT_ONCE, key.substring(0, split),
                        "activity " + key.substring(split + 1) + " ran its handler to the end " + count
                                + " times and declared no idempotency key"));
            }
        });
        return failures;
    }
}
