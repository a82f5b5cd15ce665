package dev.swfrelay.core.replay;

/** A test's failure: the decider decided otherwise than a recorded history. */
public final class ReplayDivergenceError extends AssertionError {

    private final transient Divergence divergence;

    public ReplayDivergenceError(String source, Divergence divergence) {
        super(source + ": " + divergence.describe());
        this.divergence = divergence;
    }

    public Divergence divergence() {
        return divergence;
    }
}
