package dev.swfrelay.simulation;

import dev.swfrelay.core.decider.Decider;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.replay.DeciderReplayer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code replays} invariant: the decider replays a history it produced without divergence
 * ({@link DeciderReplayer}). Most seeds repeat a history already seen (same events, same
 * instants), so a history that replayed once is not replayed again: a decider that decides from
 * the history alone gives the same decisions the second time. At most {@value #REMEMBERED}
 * histories are remembered (then the memory starts afresh); membership only, never iterated.
 */
final class ReplayCheck {

    private static final int REMEMBERED = 4_096;
    private final DeciderReplayer replayer;
    private final Set<List<HistoryEvent>> replayed = new HashSet<>();

    ReplayCheck(Decider decider) {
        this.replayer = DeciderReplayer.of(decider);
    }

    Optional<String> check(RunHistory run) {
        if (replayed.contains(run.events())) {
            return Optional.empty();
        }
        Optional<String> divergence;
        try {
            divergence = replayer.replay(run.events()).divergence().map(d -> "replay diverges: " + d.describe());
        } catch (RuntimeException e) {
            divergence = Optional.of("replay threw " + e);
        }
        if (divergence.isEmpty()) {
            if (replayed.size() >= REMEMBERED) {
                replayed.clear();
            }
            replayed.add(run.events());
        }
        return divergence;
    }
}
