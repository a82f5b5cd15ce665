package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.emulator.engine.Limits;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DefaultUndefinedException;
import software.amazon.awssdk.services.swf.model.DomainAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.DomainDeprecatedException;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.ResourceTag;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.TooManyTagsException;
import software.amazon.awssdk.services.swf.model.TypeAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.TypeDeprecatedException;
import software.amazon.awssdk.services.swf.model.TypeNotDeprecatedException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * Every fault the emulator raises, provoked over HTTP and seen by the AWS SDK v2 as its
 * modeled exception (ValidationException, which SWF's model does not list, as SwfException
 * with its error code). OperationNotPermittedFault is SWF's answer to IAM denials, which the
 * emulator does not model; its wire form is covered by {@link FaultWireFormTest}.
 */
@SwfEmulatorTest(pollHold = "PT1S")
class FaultsOverHttpTest {

    private static final WorkflowType FLOW = WorkflowType.builder().name("flow").version("1").build();

    private final SwfClient swf;

    FaultsOverHttpTest(SwfClient swf) {
        this.swf = swf;
    }

    @BeforeEach
    void registerDomain() {
        swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    }

    @Test
    void duplicateDomainIsDomainAlreadyExists() {
        assertThatThrownBy(() -> swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1")))
                .isInstanceOf(DomainAlreadyExistsException.class)
                .satisfies(e -> assertThat(((SwfException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void deprecatingADeprecatedDomainIsDomainDeprecated() {
        swf.deprecateDomain(r -> r.name("d"));
        assertThatThrownBy(() -> swf.deprecateDomain(r -> r.name("d"))).isInstanceOf(DomainDeprecatedException.class);
    }

    @Test
    void duplicateTypeIsTypeAlreadyExists() {
        registerFlow(true);
        assertThatThrownBy(() -> registerFlow(true)).isInstanceOf(TypeAlreadyExistsException.class);
    }

    @Test
    void deprecatedTypesAreTypeDeprecatedAndDeletingALiveOneIsTypeNotDeprecated() {
        registerFlow(true);
        assertThatThrownBy(() -> swf.deleteWorkflowType(r -> r.domain("d").workflowType(FLOW)))
                .isInstanceOf(TypeNotDeprecatedException.class);
        assertThatThrownBy(() -> swf.undeprecateWorkflowType(r -> r.domain("d").workflowType(FLOW)))
                .isInstanceOf(TypeAlreadyExistsException.class);
        swf.deprecateWorkflowType(r -> r.domain("d").workflowType(FLOW));
        assertThatThrownBy(() -> swf.deprecateWorkflowType(r -> r.domain("d").workflowType(FLOW)))
                .isInstanceOf(TypeDeprecatedException.class);
    }

    @Test
    void unknownDomainIsUnknownResource() {
        assertThatThrownBy(() -> swf.describeDomain(r -> r.name("nope")))
                .isInstanceOf(UnknownResourceException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void startWithoutTaskListOrDefaultIsDefaultUndefined() {
        registerFlow(false);
        assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain("d").workflowId("w").workflowType(FLOW)))
                .isInstanceOf(DefaultUndefinedException.class);
    }

    @Test
    void secondOpenRunWithTheSameIdIsWorkflowExecutionAlreadyStarted() {
        registerFlow(true);
        swf.startWorkflowExecution(r -> r.domain("d").workflowId("w").workflowType(FLOW));
        assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain("d").workflowId("w").workflowType(FLOW)))
                .isInstanceOf(WorkflowExecutionAlreadyStartedException.class);
    }

    @Test
    void fiftyOneTagsAreTooManyTags() {
        ResourceTag[] tags = IntStream.range(0, 51).mapToObj(i -> ResourceTag.builder().key("k" + i).value("v").build())
                .toArray(ResourceTag[]::new);
        assertThatThrownBy(() -> swf.registerDomain(r -> r.name("tagged").workflowExecutionRetentionPeriodInDays("1").tags(tags)))
                .isInstanceOf(TooManyTagsException.class);
    }

    @Test
    void tooLongNameIsValidationExceptionNamingTheMember() {
        String longName = "x".repeat(257);
        assertThatThrownBy(() -> swf.describeDomain(r -> r.name(longName)))
                .isInstanceOfSatisfying(SwfException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("'name'").contains("256");
                });
    }

    @Test
    void reusedTaskTokenIsUnknownResource() {
        registerFlow(true);
        swf.startWorkflowExecution(r -> r.domain("d").workflowId("w").workflowType(FLOW));
        String token = swf.pollForDecisionTask(r -> r.domain("d").taskList(t -> t.name("decisions"))).taskToken();
        swf.respondDecisionTaskCompleted(r -> r.taskToken(token));
        assertThatThrownBy(() -> swf.respondDecisionTaskCompleted(r -> r.taskToken(token)))
                .isInstanceOf(UnknownResourceException.class);
    }

    @Test
    void domainsBeyondTheLimitAreLimitExceeded() {
        Limits oneDomain = Limits.swf().withMaxRegisteredDomains(1);
        try (SwfEmulatorServer server = SwfEmulatorServer.builder().limits(oneDomain).build().start();
             SwfClient client = SdkClients.sdk(server.uri(), "us-east-1")) {
            client.registerDomain(r -> r.name("first").workflowExecutionRetentionPeriodInDays("1"));
            assertThatThrownBy(() -> client.registerDomain(r -> r.name("second").workflowExecutionRetentionPeriodInDays("1")))
                    .isInstanceOf(LimitExceededException.class);
        }
    }

    private void registerFlow(boolean withDefaultTaskList) {
        swf.registerWorkflowType(r -> {
            r.domain("d").name(FLOW.name()).version(FLOW.version()).defaultChildPolicy("TERMINATE")
                    .defaultExecutionStartToCloseTimeout("600").defaultTaskStartToCloseTimeout("30");
            if (withDefaultTaskList) {
                r.defaultTaskList(t -> t.name("decisions"));
            }
        });
    }
}
