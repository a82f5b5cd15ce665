package dev.swfrelay.core.replay;

import java.util.List;
import java.util.Optional;

/** What a replay found: the decision tasks it replayed and the first divergence, if any. */
public final class ReplayResult {

    private final List<DecisionPoint> replayed;
    private final Divergence divergence;

    ReplayResult(List<DecisionPoint> replayed, Divergence divergence) {
        this.replayed = List.copyOf(replayed);
        this.divergence = divergence;
    }

    /** The decision tasks replayed, up to and including a diverging one. */
    public List<DecisionPoint> replayed() {
        return replayed;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    public boolean matches() {
        return divergence == null;
    }

    @Override
    public String toString() {
        return matches() ? "replayed " + replayed.size() + " decision task(s) with no divergence" : divergence.describe();
    }
}
