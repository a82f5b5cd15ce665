package dev.swfrelay.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.DescribeActivityTypeRequest;
import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.DescribeWorkflowTypeRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.ActivityTypeConfiguration;
import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.model.WorkflowTypeConfiguration;
import dev.swfrelay.core.port.Registrar;
import dev.swfrelay.core.service.ServicePorts;
import dev.swfrelay.emulator.SwfEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --init}'s files: workflow files and lists of domains and types, read whole, registered idempotently. */
class InitPlanTest {

    private static final String LIST = """
            {"domains": [{"name": "orders", "retentionDays": 7, "description": "the shop"}],
             "workflowTypes": [{"domain": "orders", "workflowType": "fulfil:3", "taskList": "orders-decisions",
                                "executionStartToCloseTimeout": "2h", "taskStartToCloseTimeout": "45s",
                                "childPolicy": "ABANDON"}],
             "activityTypes": [{"domain": "orders", "activityType": {"name": "charge", "version": "2"},
                                "taskList": "payments", "startToCloseTimeout": "5m", "heartbeatTimeout": "NONE"}]}
            """;
    private static final String WORKFLOW = """
            domain: seed
            workflowType: a-then-b:1
            steps:
              - activityType: script-a:1
                taskList: a_tasks
              - activityType: script-b:1
                taskList: b_tasks
            """;

    @TempDir
    Path dir;

    private final SwfEmulator swf = SwfEmulator.builder().build();

    @AfterEach
    void close() {
        swf.close();
    }

    private Registrar registrar() {
        return ServicePorts.of(swf.service(), "init", "test").registrar();
    }

    @Test
    void aFolderRegistersItsListsAndWorkflowFilesWithTheirDefaults() throws Exception {
        Files.writeString(dir.resolve("2-orders.json"), LIST);
        Files.writeString(dir.resolve("1-seed.yaml"), WORKFLOW);
        Files.writeString(dir.resolve("notes.txt"), "not read: {");

        List<String> report = InitPlan.read(List.of(dir)).registerWith(registrar());

        assertThat(report).hasSize(7).allMatch(line -> line.contains(": registered ("));
        assertThat(report.subList(0, 2)).allMatch(line -> line.startsWith("domain "));
        SwfService service = swf.service();
        assertThat(service.describeDomain(new DescribeDomainRequest("orders")).configuration()
                .workflowExecutionRetentionPeriodInDays()).isEqualTo("7");
        WorkflowTypeConfiguration fulfil = service.describeWorkflowType(
                new DescribeWorkflowTypeRequest("orders", new WorkflowType("fulfil", "3"))).configuration();
        assertThat(fulfil.defaultTaskList()).isEqualTo(new TaskList("orders-decisions"));
        assertThat(fulfil.defaultExecutionStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(7200));
        assertThat(fulfil.defaultTaskStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(45));
        assertThat(fulfil.defaultChildPolicy()).isEqualTo(ChildPolicy.ABANDON);
        ActivityTypeConfiguration charge = service.describeActivityType(
                new DescribeActivityTypeRequest(new ActivityType("charge", "2"), "orders")).configuration();
        assertThat(charge.defaultTaskList()).isEqualTo(new TaskList("payments"));
        assertThat(charge.defaultTaskStartToCloseTimeout()).isEqualTo(Timeout.ofSeconds(300));
        assertThat(charge.defaultTaskScheduleToStartTimeout()).isNull();
        assertThat(service.describeActivityType(new DescribeActivityTypeRequest(new ActivityType("script-b", "1"), "seed"))
                .configuration().defaultTaskList()).isEqualTo(new TaskList("b_tasks"));
    }

    @Test
    void theSameFilesAgainChangeNothingAndRaiseNoFault() throws Exception {
        Path list = Files.writeString(dir.resolve("orders.json"), LIST);
        InitPlan.read(List.of(list)).registerWith(registrar());

        List<String> again = InitPlan.read(List.of(list)).registerWith(registrar());

        assertThat(again).hasSize(3).allMatch(line -> line.contains(": already registered ("));
    }

    @Test
    void aTypeRegisteredBeforeWithOtherDefaultsStopsNamingTheFile() throws Exception {
        Path list = Files.writeString(dir.resolve("orders.json"), LIST);
        InitPlan.read(List.of(list)).registerWith(registrar());
        Path changed = Files.writeString(dir.resolve("changed.json"), LIST.replace("\"45s\"", "\"60s\""));

        assertThatThrownBy(() -> InitPlan.read(List.of(changed)).registerWith(registrar()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(changed + ": workflow type fulfil:3 in orders cannot be registered: ")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(UserError.USAGE));
    }

    @Test
    void aBadFieldIsNamedWithItsFileAndRule() throws Exception {
        assertRefused("{\"activityTypes\": [{\"domain\": \"d\", \"activityType\": \"a:1\", \"taskList\": [1]}]}",
                ": activityTypes[0].taskList must be a text value, not a list");
        assertRefused("{\"domains\": [{\"name\": \"d\", \"retentionDays\": 91}]}",
                ": domains[0].retentionDays must be from 0 to 90 (SWF's limit), was 91");
        assertRefused("{\"workflowTypes\": [{\"domain\": \"d\", \"workflowType\": \"w\", \"childPolicy\": \"KEEP\"}]}",
                ": workflowTypes[0].childPolicy must be one of [TERMINATE, REQUEST_CANCEL, ABANDON], was 'KEEP'");
        assertRefused("{\"domains\": [{\"nmae\": \"d\"}]}",
                ": domains[0].nmae is not a known field; expected one of description, name, retentionDays");
        assertRefused("{\"domains\": [{\"name\": \"d\"}], \"activityTypes\": [{\"activityType\": \"a\"}]}",
                ": activityTypes[0].domain is missing");
    }

    @Test
    void nothingIsRegisteredWhenALaterFileIsBad() throws Exception {
        Path good = Files.writeString(dir.resolve("a.json"), LIST);
        Path bad = Files.writeString(dir.resolve("b.json"), "{\"domains\": [{\"name\": \"\"}]}");

        assertThatThrownBy(() -> InitPlan.read(List.of(good, bad))).isInstanceOf(UserError.class)
                .hasMessage(bad + ": domains[0].name must not be empty");
        assertThat(swf.service().listDomains(dev.swfrelay.core.api.ListDomainsRequest.builder()
                .registrationStatus(dev.swfrelay.core.model.RegistrationStatus.REGISTERED).build()).domainInfos()).isEmpty();
    }

    @Test
    void aMissingFileSaysWhatToPass() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> InitPlan.read(List.of(missing))).isInstanceOf(UserError.class)
                .hasMessageStartingWith("init file " + missing + " does not exist;");
    }

    private void assertRefused(String text, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("list.json"), text);
        assertThatThrownBy(() -> InitPlan.read(List.of(file))).isInstanceOf(UserError.class)
                .hasMessage(file + message);
    }
}
