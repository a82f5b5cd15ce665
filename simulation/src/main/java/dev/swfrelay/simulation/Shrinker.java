package dev.swfrelay.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin) over a failing schedule's faults: the smallest list found
 * whose faults alone still make the seed fail. Each test reruns the seed with exactly those
 * faults; at most {@code budget} reruns.
 */
final class Shrinker {

    private final Predicate<List<String>> stillFails;
    private int budget;

    Shrinker(Predicate<List<String>> stillFails, int budget) {
        this.stillFails = stillFails;
        this.budget = budget;
    }

    List<String> shrink(List<String> faults) {
        if (faults.isEmpty() || test(List.of())) {
            return List.of();
        }
        List<String> current = List.copyOf(faults);
        int n = 2;
        while (current.size() >= 2 && budget > 0) {
            List<List<String>> chunks = split(current, n);
            List<String> next = null;
            for (List<String> chunk : chunks) {
                if (test(chunk)) {
                    next = chunk;
                    n = 2;
                    break;
                }
            }
            if (next == null && n > 2) {
                for (List<String> chunk : chunks) {
                    List<String> complement = new ArrayList<>(current);
                    complement.removeAll(chunk);
                    if (test(complement)) {
                        next = complement;
                        n = Math.max(n - 1, 2);
                        break;
                    }
                }
            }
            if (next != null) {
                current = next;
            } else if (n >= current.size()) {
                break;
            } else {
                n = Math.min(2 * n, current.size());
            }
        }
        return current;
    }

    private boolean test(List<String> faults) {
        if (budget <= 0) {
            return false;
        }
        budget--;
        return stillFails.test(faults);
    }

    private static List<List<String>> split(List<String> list, int n) {
        List<List<String>> chunks = new ArrayList<>();
        int size = list.size();
        for (int i = 0; i < n; i++) {
            int from = i * size / n;
            int to = (i + 1) * size / n;
            if (from < to) {
                chunks.add(List.copyOf(list.subList(from, to)));
            }
        }
        return chunks;
    }
}
