package dev.swfrelay.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.pipeline.Pipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code after} in a workflow file, and the files refused for steps that cannot run together. */
class WorkflowFileAfterTest {

    private static String file(String steps) {
        return "{domain: d, workflowType: w, steps: [" + steps + "]}";
    }

    @Test
    void theFanOutExampleIsTheDiamond() {
        Path example = Path.of("..", "examples", "fanout", "workflow.json");
        Pipeline pipeline = PipelineOf.workflow(WorkflowFile.read(example));

        assertThat(pipeline.steps()).extracting(s -> s.name() + "@" + s.taskList().name())
                .containsExactly("A@a_tasks", "B@b_tasks", "C@c_tasks", "D@a_tasks");
        assertThat(pipeline.dependenciesOf("A")).isEmpty();
        assertThat(pipeline.dependenciesOf("B")).containsExactly("A");
        assertThat(pipeline.dependenciesOf("C")).containsExactly("A");
        assertThat(pipeline.dependenciesOf("D")).containsExactly("B", "C");
    }

    @Test
    void afterIsOneNameAListOrNoneAndDefaultsToTheStepBefore() {
        WorkflowDefinition w = WorkflowFile.parse(file(
                "{name: A, activityType: a, taskList: t}, {name: B, activityType: b, taskList: t, after: []},"
                + " {name: C, activityType: c, taskList: t, after: A}, {name: D, activityType: d, taskList: t,"
                + " after: [B, C]}, {name: E, activityType: e, taskList: t}"), "w.yaml");

        assertThat(w.steps()).extracting(StepDefinition::after)
                .containsExactly(null, java.util.List.of(), java.util.List.of("A"), java.util.List.of("B", "C"), null);
        Pipeline pipeline = PipelineOf.workflow(w);
        assertThat(pipeline.dependenciesOf("B")).isEmpty();
        assertThat(pipeline.dependenciesOf("E")).containsExactly("D");
    }

    @Test
    void cycleIsRefusedWithItsPath() {
        assertThatThrownBy(() -> WorkflowFile.parse(file("{name: A, activityType: a, taskList: t, after: C},"
                + " {name: B, activityType: b, taskList: t}, {name: C, activityType: c, taskList: t}"), "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessage("w.yaml: steps[0].after: cycle: A after C after B after A");
    }

    @Test
    void unknownStepNameIsRefused() {
        assertThatThrownBy(() -> WorkflowFile.parse(file("{name: A, activityType: a, taskList: t},"
                + " {name: B, activityType: b, taskList: t, after: [A, Z]}"), "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessage("w.yaml: steps[1].after: no step is named 'Z'; the steps are A, B");
    }

    @Test
    void duplicateStepNameIsRefusedAlsoWhenTheNameIsTheActivityTypes() {
        assertThatThrownBy(() -> WorkflowFile.parse(file("{activityType: script-a, taskList: t},"
                + " {activityType: script-a, taskList: u}"), "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessage("w.yaml: steps[1].name: 'script-a' is used twice (by steps[0] too); step names must be unique");
    }

    @Test
    void stepNothingCanReachIsRefused() {
        assertThatThrownBy(() -> WorkflowFile.parse(file("{name: A, activityType: a, taskList: t},"
                + " {name: D, activityType: d, taskList: t, after: [A, B]},"
                + " {name: B, activityType: b, taskList: t, after: C}, {name: C, activityType: c, taskList: t, after: B}"),
                "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessage("w.yaml: steps[1].after: nothing can reach step 'D': it waits for the cycle B after C after B");
    }

    @Test
    void afterItemThatIsNoNameIsRefused() {
        assertThatThrownBy(() -> WorkflowFile.parse(file("{name: A, activityType: a, taskList: t},"
                + " {name: B, activityType: b, taskList: t, after: [A, {x: 1}]}"), "w.yaml"))
                .hasMessage("w.yaml: steps[1].after[1] must be a step's name, was an object");
    }
}
