package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private final EngineFixture f = new EngineFixture(Limits.swf().withMaxRegisteredDomains(5));

    @AfterEach
    void close() {
        f.close();
    }

    private static FaultType fault(Runnable call) {
        try {
            call.run();
        } catch (SwfFault fault) {
            return fault.type();
        }
        throw new AssertionError("no fault");
    }

    private void register(String name) {
        f.swf.registerDomain(RegisterDomainRequest.builder().name(name).workflowExecutionRetentionPeriodInDays("3")
                .description("about " + name).build());
    }

    @Test
    void domainIsDescribedWithArnRetentionAndStatus() {
        register("alpha");
        DomainDetail detail = f.swf.describeDomain(new DescribeDomainRequest("alpha"));
        assertThat(detail.domainInfo()).isEqualTo(new DomainInfo("arn:aws:swf:us-east-1:123456789012:/domain/alpha",
                "about alpha", "alpha", RegistrationStatus.REGISTERED));
        assertThat(detail.configuration().workflowExecutionRetentionPeriodInDays()).isEqualTo("3");
    }

    @Test
    void domainFaultsAreSwfs() {
        register("alpha");
        assertThat(fault(() -> register("alpha"))).isEqualTo(FaultType.DomainAlreadyExistsFault);
        assertThat(fault(() -> f.swf.describeDomain(new DescribeDomainRequest("nope")))).isEqualTo(FaultType.UnknownResourceFault);
        assertThat(fault(() -> f.swf.undeprecateDomain(new UndeprecateDomainRequest("alpha"))))
                .isEqualTo(FaultType.DomainAlreadyExistsFault);
        f.swf.deprecateDomain(new DeprecateDomainRequest("alpha"));
        assertThat(fault(() -> f.swf.deprecateDomain(new DeprecateDomainRequest("alpha"))))
                .isEqualTo(FaultType.DomainDeprecatedFault);
        assertThat(fault(() -> register("alpha"))).isEqualTo(FaultType.DomainAlreadyExistsFault);
        f.swf.undeprecateDomain(new UndeprecateDomainRequest("alpha"));
        assertThat(f.swf.describeDomain(new DescribeDomainRequest("alpha")).domainInfo().status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(fault(() -> f.swf.registerDomain(RegisterDomainRequest.builder().name("bad")
                .workflowExecutionRetentionPeriodInDays("91").build()))).isEqualTo(FaultType.ValidationException);
    }

    @Test
    void retentionNoneIsAcceptedLikeZero() {
        f.swf.registerDomain(RegisterDomainRequest.builder().name("keep-nothing")
                .workflowExecutionRetentionPeriodInDays("NONE").build());
        f.swf.registerDomain(RegisterDomainRequest.builder().name("keep-zero")
                .workflowExecutionRetentionPeriodInDays("0").build());
        f.swf.registerDomain(RegisterDomainRequest.builder().name("keep-most")
                .workflowExecutionRetentionPeriodInDays("90").build());
        assertThat(f.swf.describeDomain(new DescribeDomainRequest("keep-nothing")).configuration()
                .workflowExecutionRetentionPeriodInDays()).isEqualTo("NONE");
        for (String bad : List.of("-1", "91", "none", "1.5", "")) {
            assertThat(fault(() -> f.swf.registerDomain(RegisterDomainRequest.builder().name("bad")
                    .workflowExecutionRetentionPeriodInDays(bad).build()))).as(bad).isEqualTo(FaultType.ValidationException);
        }
    }

    @Test
    void domainLimitIsLimitExceeded() {
        for (int i = 0; i < 4; i++) {
            register("d" + i);
        }
        assertThat(fault(() -> register("one-too-many"))).isEqualTo(FaultType.LimitExceededFault);
    }

    @Test
    void domainsAreListedByStatusInPages() {
        register("c");
        register("a");
        register("b");
        f.swf.deprecateDomain(new DeprecateDomainRequest("b"));
        DomainInfos first = f.swf.listDomains(ListDomainsRequest.builder()
                .registrationStatus(RegistrationStatus.REGISTERED).maximumPageSize(2).build());
        assertThat(first.domainInfos()).extracting(DomainInfo::name).containsExactly("a", "c");
        assertThat(first.nextPageToken()).isNotNull();
        DomainInfos second = f.swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED)
                .maximumPageSize(2).nextPageToken(first.nextPageToken()).build());
        assertThat(second.domainInfos()).extracting(DomainInfo::name).containsExactly(DOMAIN);
        assertThat(second.nextPageToken()).isNull();
        assertThat(f.swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.DEPRECATED)
                .build()).domainInfos()).extracting(DomainInfo::name).containsExactly("b");
        assertThat(f.swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED)
                .reverseOrder(true).build()).domainInfos()).extracting(DomainInfo::name).containsExactly(DOMAIN, "c", "a");
    }

    @Test
    void typesHaveTheirDefaultsAndLifeCycle() {
        ActivityTypeDetail detail = f.swf.describeActivityType(new DescribeActivityTypeRequest(ACTIVITY, DOMAIN));
        assertThat(detail.configuration().defaultTaskList()).isEqualTo(ACTIVITIES);
        assertThat(detail.configuration().defaultTaskStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(120));
        assertThat(detail.typeInfo().creationDate()).isEqualTo(T0);
        assertThat(detail.typeInfo().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(detail.configuration().defaultTaskPriority()).isEqualTo("0");
        assertThat(f.swf.describeWorkflowType(new DescribeWorkflowTypeRequest(DOMAIN, WORKFLOW)).configuration()
                .defaultTaskPriority()).isEqualTo("0");

        assertThat(fault(() -> f.swf.registerActivityType(RegisterActivityTypeRequest.builder().domain(DOMAIN)
                .name(ACTIVITY.name()).version(ACTIVITY.version()).build()))).isEqualTo(FaultType.TypeAlreadyExistsFault);
        assertThat(fault(() -> f.swf.deleteActivityType(new DeleteActivityTypeRequest(ACTIVITY, DOMAIN))))
                .isEqualTo(FaultType.TypeNotDeprecatedFault);
        assertThat(fault(() -> f.swf.undeprecateActivityType(new UndeprecateActivityTypeRequest(ACTIVITY, DOMAIN))))
                .isEqualTo(FaultType.TypeAlreadyExistsFault);
        f.swf.deprecateActivityType(new DeprecateActivityTypeRequest(ACTIVITY, DOMAIN));
        assertThat(fault(() -> f.swf.deprecateActivityType(new DeprecateActivityTypeRequest(ACTIVITY, DOMAIN))))
                .isEqualTo(FaultType.TypeDeprecatedFault);
        ActivityTypeInfo deprecated = f.swf.describeActivityType(new DescribeActivityTypeRequest(ACTIVITY, DOMAIN)).typeInfo();
        assertThat(deprecated.status()).isEqualTo(RegistrationStatus.DEPRECATED);
        assertThat(deprecated.deprecationDate()).isEqualTo(T0);
        f.swf.deleteActivityType(new DeleteActivityTypeRequest(ACTIVITY, DOMAIN));
        assertThat(fault(() -> f.swf.describeActivityType(new DescribeActivityTypeRequest(ACTIVITY, DOMAIN))))
                .isEqualTo(FaultType.UnknownResourceFault);
    }

    @Test
    void deprecatingADomainDeprecatesItsTypesWhileItsRunsGoOn() {
        WorkflowExecution run = f.start("wf");
        String token = f.pollDecision().taskToken();
        f.clock.advance(java.time.Duration.ofSeconds(5));
        f.swf.deprecateDomain(new DeprecateDomainRequest(DOMAIN));
        WorkflowTypeInfo flow = f.swf.describeWorkflowType(new DescribeWorkflowTypeRequest(DOMAIN, WORKFLOW)).typeInfo();
        assertThat(flow.status()).isEqualTo(RegistrationStatus.DEPRECATED);
        assertThat(flow.deprecationDate()).isEqualTo(T0.plusSeconds(5));
        assertThat(f.swf.listActivityTypes(ListActivityTypesRequest.builder().domain(DOMAIN)
                .registrationStatus(RegistrationStatus.DEPRECATED).build()).typeInfos())
                .extracting(ActivityTypeInfo::activityType).containsExactly(ACTIVITY);
        f.decide(token, activity("a"));
        assertThat(f.event(run, 5).attributes(dev.swfrelay.core.model.event.ScheduleActivityTaskFailed.class).cause())
                .isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DEPRECATED);
        assertThat(f.describe(run).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
        assertThat(f.pollDecision().taskToken()).as("polls in a deprecated domain still get its runs' tasks").isNotNull();
        assertThat(fault(() -> f.start("wf-2"))).isEqualTo(FaultType.UnknownResourceFault);
    }

    @Test
    void workflowTypesAreListedByNameAndStatus() {
        for (String v : List.of("3", "1", "2")) {
            f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain(DOMAIN).name("other").version(v).build());
        }
        f.swf.deprecateWorkflowType(new DeprecateWorkflowTypeRequest(DOMAIN, new WorkflowType("other", "2")));
        WorkflowTypeInfos registered = f.swf.listWorkflowTypes(ListWorkflowTypesRequest.builder().domain(DOMAIN)
                .registrationStatus(RegistrationStatus.REGISTERED).build());
        assertThat(registered.typeInfos().stream().map(i -> i.workflowType().name() + ":" + i.workflowType().version())
                .collect(Collectors.toList())).containsExactly("flow:1", "other:1", "other:3");
        WorkflowTypeInfos byName = f.swf.listWorkflowTypes(ListWorkflowTypesRequest.builder().domain(DOMAIN).name("other")
                .registrationStatus(RegistrationStatus.DEPRECATED).build());
        assertThat(byName.typeInfos()).extracting(i -> i.workflowType().version()).containsExactly("2");
        assertThat(fault(() -> f.swf.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("missing")
                .name("x").version("1").build()))).isEqualTo(FaultType.UnknownResourceFault);
    }

    @Test
    void domainTagsCanBeAddedListedAndRemoved() {
        String arn = f.swf.describeDomain(new DescribeDomainRequest(DOMAIN)).domainInfo().arn();
        f.swf.tagResource(new TagResourceRequest(arn, List.of(new ResourceTag("team", "core"), new ResourceTag("env", "ci"))));
        f.swf.untagResource(new UntagResourceRequest(arn, List.of("env")));
        assertThat(f.swf.listTagsForResource(new ListTagsForResourceRequest(arn)).tags())
                .containsExactly(new ResourceTag("team", "core"));
        assertThat(fault(() -> f.swf.listTagsForResource(new ListTagsForResourceRequest(arn + "x"))))
                .isEqualTo(FaultType.UnknownResourceFault);
    }
}
