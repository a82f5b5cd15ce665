package dev.swfrelay.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.model.Timeout;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkflowFileTest {

    private static final String JSON = """
            {
            \t"domain": "seed",
            \t"workflowType": {"name": "a-then-b", "version": "2"},
            \t"taskList": "deciders",
            \t"executionStartToCloseTimeout": "10m",
            \t"steps": [
            \t\t{"activityType": "script-a:1", "taskList": "a_tasks", "startToCloseTimeout": 30,
            \t\t "heartbeatTimeout": "NONE", "retries": 2, "retryDelay": "500ms"},
            \t\t{"activityType": {"name": "script-b"}, "taskList": "b_tasks"}
            \t]
            }
            """;

    @Test
    void readsJsonWithEveryField() {
        WorkflowDefinition w = WorkflowFile.parse(JSON, "w.json");

        assertThat(w.domain()).isEqualTo("seed");
        assertThat(w.workflowType()).isEqualTo(new TypeRef("a-then-b", "2"));
        assertThat(w.taskList()).isEqualTo("deciders");
        assertThat(w.executionStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(600));
        assertThat(w.steps()).hasSize(2);
        StepDefinition a = w.steps().get(0);
        assertThat(a.activityType()).isEqualTo(new TypeRef("script-a", "1"));
        assertThat(a.startToCloseTimeout()).isEqualTo(Timeout.ofSeconds(30));
        assertThat(a.heartbeatTimeout()).isEqualTo(Timeout.NONE);
        assertThat(a.maxAttempts()).isEqualTo(3);
        assertThat(a.retryDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(w.steps().get(1).activityType()).isEqualTo(new TypeRef("script-b", "1"));
        assertThat(w.steps().get(1).retries()).isZero();
    }

    @Test
    void readsYamlLikeJson() {
        WorkflowDefinition w = WorkflowFile.parse("""
                domain: seed
                workflowType: a-then-b:2
                steps:
                  - activityType: script-a:1
                    taskList: a_tasks
                    retries: 2
                    retryDelay: 500ms
                    startToCloseTimeout: 30s
                    heartbeatTimeout: NONE
                  - activityType: {name: script-b}
                    taskList: b_tasks
                """, "w.yaml");

        assertThat(w.steps()).isEqualTo(WorkflowFile.parse(JSON, "w.json").steps());
        assertThat(w.taskList()).isEqualTo("a-then-b-decisions");
    }

    @Test
    void missingFieldIsNamedWithItsPath() {
        assertThatThrownBy(() -> WorkflowFile.parse(
                "{domain: d, workflowType: w, steps: [{activityType: a}]}", "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessage("w.yaml: steps[0].taskList is missing");
    }

    @Test
    void unknownFieldIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> WorkflowFile.parse(
                "{domain: d, workflowType: w, steps: [{activityType: a, taskList: t, retires: 3}]}", "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("w.yaml: steps[0].retires is not a known field; expected one of activityType,");
    }

    @Test
    void fractionalTimeoutIsRejectedBecauseSwfCountsSeconds() {
        assertThatThrownBy(() -> WorkflowFile.parse(
                "{domain: d, workflowType: w, steps: [{activityType: a, taskList: t, startToCloseTimeout: 1500ms}]}",
                "w.yaml"))
                .hasMessage("w.yaml: steps[0].startToCloseTimeout is 1500ms; SWF counts timeouts in whole seconds");
    }

    @Test
    void badDurationSaysHowToWriteOne() {
        assertThatThrownBy(() -> WorkflowFile.parse(
                "{domain: d, workflowType: w, steps: [{activityType: a, taskList: t, retryDelay: soon}]}",
                "w.yaml"))
                .hasMessage("w.yaml: steps[0].retryDelay: 'soon' is not a duration;"
                        + " write it like 500ms, 30s, 5m, 2h, 1d or PT5M");
    }

    @Test
    void emptyStepsAreRejected() {
        assertThatThrownBy(() -> WorkflowFile.parse("{domain: d, workflowType: w, steps: []}", "w.yaml"))
                .hasMessage("w.yaml: steps must be a non-empty list, was an empty list");
    }

    @Test
    void syntaxErrorNamesTheFile() {
        assertThatThrownBy(() -> WorkflowFile.parse("{\"domain\": \"d\",", "w.json"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("w.json is not valid JSON, line 1, column 16: Unexpected end-of-input");
    }

    @Test
    void aTrailingCommaInAJsonFileIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> WorkflowFile.parse("{\n  \"domain\": \"d\",\n  \"steps\": [],\n}\n", "w.json"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("w.json is not valid JSON, line 4, column 1: Unexpected character ('}'");
    }

    @Test
    void aYamlSyntaxErrorIsReportedAsYaml() {
        assertThatThrownBy(() -> WorkflowFile.parse("domain: d\nsteps: [a\n", "w.yaml"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("w.yaml is not valid YAML: ");
    }

    @Test
    void missingFileSaysWhatToPass() {
        assertThatThrownBy(() -> WorkflowFile.read(Path.of("no/such.json")))
                .hasMessageStartingWith("workflow file no/such.json does not exist");
    }
}
