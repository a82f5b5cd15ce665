package dev.swfrelay.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides, at each opportunity, whether a fault fires: by the profile's rate on a seeded
 * stream of its own, or (when shrinking or rerunning a schedule) exactly at the opportunities
 * listed. The random stream is drawn once per opportunity either way, so the choices of one
 * kind never shift another's.
 */
final class FaultDice {

    private final FaultProfile profile;
    private final SplittableRandom random;
    private final Set<String> exactly;
    /** Chances so far per kind and place; looked up only, never iterated. */
    private final Map<String, Integer> opportunities = new HashMap<>();
    private final List<InjectedFault> injected = new ArrayList<>();

    /** {@code exactly} null: by rate; otherwise only the listed {@link InjectedFault#key() keys}. */
    FaultDice(FaultProfile profile, SplittableRandom random, Set<String> exactly) {
        this.profile = profile;
        this.random = random;
        this.exactly = exactly == null ? null : Set.copyOf(exactly);
    }

    boolean fire(FaultKind kind, Instant now, String where) {
        String place = kind.label() + "@" + where;
        Integer seen = opportunities.get(place);
        int opportunity = seen == null ? 0 : seen;
        opportunities.put(place, opportunity + 1);
        double draw = random.nextDouble();
        boolean fires = exactly == null
                ? draw < profile.rate(kind)
                : exactly.contains(InjectedFault.key(kind, where, opportunity));
        if (fires) {
            injected.add(new InjectedFault(kind, where, opportunity, now));
        }
        return fires;
    }

    List<InjectedFault> injected() {
        return List.copyOf(injected);
    }
}
