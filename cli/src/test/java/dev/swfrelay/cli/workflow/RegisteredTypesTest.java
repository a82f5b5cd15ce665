package dev.swfrelay.cli.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.DeprecateActivityTypeRequest;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.emulator.SwfEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegisteredTypesTest {

    private static final String V1 = """
            {"domain": "d", "workflowType": "flow:1", "steps": [{"activityType": "a:1", "taskList": "a_tasks"}]}""";
    private static final String HINT = "swf-relay register --workflow w.json --endpoint http://127.0.0.1:8080";

    private final SwfEmulator swf = SwfEmulator.builder().build();

    @AfterEach
    void close() {
        swf.close();
    }

    private void registerV1() {
        new Registration(swf.ports("d", "test").registrar()).register(WorkflowFile.parse(V1, "w.json"), 1);
    }

    @Test
    void registeredActiveTypesPass() {
        registerV1();

        assertThatCode(() -> RegisteredTypes.check(swf.service(), "d", WorkflowFile.parse(V1, "w.json"), HINT))
                .doesNotThrowAnyException();
    }

    @Test
    void aWorkflowTypeVersionNotRegisteredStopsTheDeciderSayingWhatToRegister() {
        registerV1();
        WorkflowDefinition v2 = WorkflowFile.parse(V1.replace("flow:1", "flow:2"), "w.json");

        assertThatThrownBy(() -> RegisteredTypes.check(swf.service(), "d", v2, HINT))
                .isInstanceOf(UserError.class)
                .hasMessage("workflow type flow:2 is not registered in domain d; a decider for it would take other "
                        + "versions' tasks from the task list and fail them. Register it first: " + HINT);
    }

    @Test
    void aStepsActivityTypeNotRegisteredIsNamedWithItsStep() {
        registerV1();
        WorkflowDefinition other = WorkflowFile.parse(V1.replace("a:1", "a:7"), "w.json");

        assertThatThrownBy(() -> RegisteredTypes.check(swf.service(), "d", other, HINT))
                .hasMessageStartingWith("activity type a:7 (step a) is not registered in domain d;");
    }

    @Test
    void aDeprecatedActivityTypeIsRefused() {
        registerV1();
        swf.service().deprecateActivityType(new DeprecateActivityTypeRequest(new ActivityType("a", "1"), "d"));

        assertThatThrownBy(() -> RegisteredTypes.check(swf.service(), "d", WorkflowFile.parse(V1, "w.json"), HINT))
                .hasMessageStartingWith("activity type a:1 (step a) is deprecated in domain d;");
    }
}
