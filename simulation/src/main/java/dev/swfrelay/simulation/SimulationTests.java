package dev.swfrelay.simulation;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A simulation as JUnit 5 dynamic tests, one per batch of seeds, each failing with the first
 * failure's report (seed, faults, shrunk schedule, history JSON). From a {@code @TestFactory}
 * method: {@code return SimulationTests.of(simulation, 1, 10_000, 1_000);}
 */
public final class SimulationTests {

    private SimulationTests() {
    }

    /** {@code seeds} seeds from {@code first}, in tests of {@code perTest} seeds each. */
    public static Stream<DynamicTest> of(SwfSimulation simulation, long first, int seeds, int perTest) {
        if (seeds < 1 || perTest < 1) {
            throw new IllegalArgumentException("seeds and perTest must be at least 1");
        }
        int batches = (seeds + perTest - 1) / perTest;
        return IntStream.range(0, batches).mapToObj(b -> {
            long from = first + (long) b * perTest;
            int count = Math.min(perTest, seeds - b * perTest);
            return DynamicTest.dynamicTest("seeds " + from + ".." + (from + count - 1), () -> {
                SimulationResult result = simulation.run(from, count, outcome -> { });
                if (!result.passed()) {
                    FailureReport report = result.firstFailure().orElseThrow();
                    throw new AssertionError(result.failedSeeds() + " of " + count + " seeds fail; first:\n"
                            + report.describe() + "history:\n" + report.historyJson());
                }
            });
        });
    }
}
