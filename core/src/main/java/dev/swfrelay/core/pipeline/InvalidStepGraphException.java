package dev.swfrelay.core.pipeline;

/**
 * Steps that cannot make a pipeline: a duplicate name, an {@code after} naming no step, a
 * cycle, a step nothing can reach. Says which step ({@code steps[i]}) and which of its
 * fields ({@code name} or {@code after}), so a workflow file's reader can point at the line.
 */
public final class InvalidStepGraphException extends IllegalArgumentException {

    private final int stepIndex;
    private final String field;
    private final String problem;

    InvalidStepGraphException(int stepIndex, String field, String problem) {
        super("steps[" + stepIndex + "]." + field + ": " + problem);
        this.stepIndex = stepIndex;
        this.field = field;
        this.problem = problem;
    }

    /** The 0-based position of the offending step in the pipeline. */
    public int stepIndex() {
        return stepIndex;
    }

    /** {@code name} or {@code after}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the step's position. */
    public String problem() {
        return problem;
    }
}
