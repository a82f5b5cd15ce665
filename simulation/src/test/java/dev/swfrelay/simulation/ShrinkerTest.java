package dev.swfrelay.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

    private static final List<String> EIGHT = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    @Test
    void findsTheTwoFaultsThatFailTogether() {
        Shrinker shrinker = new Shrinker(faults -> faults.contains("c") && faults.contains("g"), 200);

        assertThat(shrinker.shrink(EIGHT)).containsExactly("c", "g");
    }

    @Test
    void aSeedThatFailsWithoutFaultsShrinksToNone() {
        assertThat(new Shrinker(faults -> true, 200).shrink(EIGHT)).isEmpty();
    }

    @Test
    void stopsAtItsBudget() {
        AtomicInteger tests = new AtomicInteger();
        Shrinker shrinker = new Shrinker(faults -> tests.incrementAndGet() > 0 && faults.contains("h"), 3);

        List<String> shrunk = shrinker.shrink(EIGHT);

        assertThat(tests).hasValue(3);
        assertThat(shrunk).contains("h");
    }
}
