package dev.swfrelay.core.decider;

import dev.swfrelay.core.model.DecisionTask;
import dev.swfrelay.core.model.decision.Decision;
import java.util.List;

/**
 * A workflow's logic: a pure function from a decision task (workflow type, execution and
 * its full history, oldest event first) to the decisions that answer it.
 *
 * <p>It must decide only from the task: the same history yields the same decisions, so a
 * task that timed out or was rejected can simply be decided again. No clock, no I/O, no
 * state kept between calls. An empty list is a valid answer ("nothing to do yet").
 */
@FunctionalInterface
public interface Decider {

    List<Decision> decide(DecisionTask task);
}
