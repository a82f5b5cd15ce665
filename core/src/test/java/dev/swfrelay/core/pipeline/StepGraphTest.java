package dev.swfrelay.core.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Steps that cannot make a pipeline are refused, naming the step, the field and what is wrong. */
class StepGraphTest {

    @Test
    void duplicateNameNamesBothSteps() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "a", "t"), Step.of("B", "b", "t"), Step.of("A", "c", "t")))
                .isInstanceOf(InvalidStepGraphException.class)
                .hasMessage("steps[2].name: 'A' is used twice (by steps[0] too); step names must be unique");
    }

    @Test
    void unknownDependencyListsTheSteps() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "a", "t"), Step.of("B", "b", "t").after("A", "X")))
                .hasMessage("steps[1].after: no step is named 'X'; the steps are A, B");
    }

    @Test
    void dependencyNamedTwiceIsRefused() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "a", "t"), Step.of("B", "b", "t").after("A", "A")))
                .hasMessage("steps[1].after: names 'A' twice");
    }

    @Test
    void cycleIsRefusedWithItsPath() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "a", "t"), Step.of("B", "b", "t").after("A", "D"),
                Step.of("C", "c", "t"), Step.of("D", "d", "t")))
                .isInstanceOf(InvalidStepGraphException.class)
                .hasMessage("steps[1].after: cycle: B after D after C after B")
                .satisfies(e -> {
                    InvalidStepGraphException invalid = (InvalidStepGraphException) e;
                    org.assertj.core.api.Assertions.assertThat(invalid.stepIndex()).isEqualTo(1);
                    org.assertj.core.api.Assertions.assertThat(invalid.field()).isEqualTo("after");
                    org.assertj.core.api.Assertions.assertThat(invalid.problem()).isEqualTo("cycle: B after D after C after B");
                });
    }

    @Test
    void stepAfterItselfIsACycle() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "a", "t").after("A")))
                .hasMessage("steps[0].after: cycle: A after A");
    }

    @Test
    void stepThatWaitsForACycleCanNeverBeReached() {
        assertThatThrownBy(() -> Pipeline.of(Step.of("A", "a", "t"), Step.of("D", "d", "t").after("A", "C"),
                Step.of("B", "b", "t").after("C"), Step.of("C", "c", "t").after("B")))
                .hasMessage("steps[1].after: nothing can reach step 'D': it waits for the cycle C after B after C");
    }
}
