package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.api.StartWorkflowExecutionRequest;
import dev.swfrelay.core.model.ChildPolicy;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowType;
import dev.swfrelay.core.port.WorkflowClient;
import dev.swfrelay.it.console.Browser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * {@code swf-relay console --endpoint URL} as its own process, in front of {@code swf-relay serve}
 * in another: the console lists and acts through SWF's protocol, and says that pollers and the
 * clock are not available where it talks to SWF rather than being the emulator.
 */
class ConsoleCommandIT {

    private static final Pattern CONSOLE_URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/_relay/console/");

    @Test
    void theConsoleCommandServesTheConsoleForAnEndpoint(@TempDir Path dir) {
        try (Emulator emulator = Emulator.start(dir);
             AwsSwfService swf = AwsSwf.forEndpoint(URI.create(emulator.url()), "us-east-1");
             CliProcess console = CliProcess.start(dir, "console", "--endpoint", emulator.url(), "--port", "0");
             Browser browser = new Browser()) {
            WorkflowClient workflows = swf.ports("remote", "console-it").workflows();
            WorkflowExecution run = startOne(swf, workflows);
            console.awaitOutput("/_relay/console/", Duration.ofSeconds(60));
            Matcher url = CONSOLE_URL.matcher(console.stdout());
            assertThat(url.find()).as("console printed its URL: %s", console.stdout()).isTrue();
            WebDriver page = browser.driver();

            page.get(url.group() + "#/executions");
            browser.waiting().until(presenceOfElementLocated(By.cssSelector("#executions tr[data-workflow-id='remote-run'] a.wid"))).click();
            browser.waiting().until(elementToBeClickable(By.id("signal"))).click();
            page.findElement(By.cssSelector("#dialog input[name=signalName]")).sendKeys("through-the-cli-console");
            page.findElement(By.id("dialog-ok")).click();
            browser.waiting().until(presenceOfElementLocated(By.cssSelector("#history tr[data-event-type=WorkflowExecutionSignaled]")));
            assertThat(workflows.history("remote", run)).anyMatch(e -> e.eventType() == EventType.WorkflowExecutionSignaled);

            page.get(url.group() + "#/tasklists");
            assertThat(browser.waiting().until(presenceOfElementLocated(By.id("not-available"))).getText())
                    .contains("not available against SWF");
            page.get(url.group() + "#/clock");
            assertThat(browser.waiting().until(presenceOfElementLocated(By.id("not-available"))).getText())
                    .contains("not available against SWF");
        }
    }

    private static WorkflowExecution startOne(AwsSwfService swf, WorkflowClient workflows) {
        var registrar = swf.ports("remote", "console-it").registrar();
        registrar.registerDomain(RegisterDomainRequest.builder().name("remote").workflowExecutionRetentionPeriodInDays("1").build());
        registrar.registerWorkflowType(RegisterWorkflowTypeRequest.builder().domain("remote").name("Remote").version("1")
                .defaultTaskList(new TaskList("remote-decisions")).defaultChildPolicy(ChildPolicy.TERMINATE)
                .defaultExecutionStartToCloseTimeout(Timeout.ofSeconds(600)).defaultTaskStartToCloseTimeout(Timeout.ofSeconds(60)).build());
        String runId = workflows.start(StartWorkflowExecutionRequest.builder().domain("remote").workflowId("remote-run")
                .workflowType(new WorkflowType("Remote", "1")).build()).runId();
        return new WorkflowExecution(runId, "remote-run");
    }
}
