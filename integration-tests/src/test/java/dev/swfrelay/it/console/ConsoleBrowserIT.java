package dev.swfrelay.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.WorkflowExecution;
import dev.swfrelay.core.model.WorkflowExecutionInfo;
import dev.swfrelay.core.model.event.WorkflowExecutionStarted;
import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.fault.FaultAction;
import dev.swfrelay.emulator.fault.FaultRule;
import dev.swfrelay.emulator.fault.Firing;
import dev.swfrelay.emulator.fault.RuleMatch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web console in Debian's headless Chromium against the emulator's server: executions,
 * an execution's lanes and events, live updates, the actions, task lists and the clock.
 */
class ConsoleBrowserIT {

    private static SwfEmulatorServer server;
    private static ConsoleFlows flows;
    private static Browser browser;
    private static WorkflowExecution aThenB;
    private static WorkflowExecution flaky;
    private static WorkflowExecution undecided;

    @BeforeAll
    static void startEverything() {
        server = SwfEmulatorServer.builder().port(0).pollHold(Duration.ofSeconds(5)).build().start();
        flows = new ConsoleFlows(server);
        aThenB = flows.aThenB("nightly-report-2026-12-01", "sales.csv");
        flaky = flows.aThenB("nightly-report-flaky", "flaky-input.csv");
        WorkflowExecution terminated = run(flows.start(ConsoleFlows.UNDECIDED, "import-stuck-yesterday", "{}").runId(),
                "import-stuck-yesterday");
        flows.terminate(terminated, "operator gave up");
        undecided = run(flows.start(ConsoleFlows.UNDECIDED, "import-waiting-for-decider", "{\"batch\": 7}", "import").runId(),
                "import-waiting-for-decider");
        browser = new Browser();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.close();
        }
        flows.close();
        server.close();
    }

    private static WorkflowExecution run(String runId, String workflowId) {
        return new WorkflowExecution(runId, workflowId);
    }

    private static WebDriver page() {
        return browser.driver();
    }

    private void open(String hash) {
        page().get(server.uri() + "/_relay/console/#" + hash);
    }

    private void openExecution(WorkflowExecution run) {
        open("/execution/" + ConsoleFlows.DOMAIN + "/" + encode(run.workflowId()) + "/" + encode(run.runId()));
        browser.waiting().until(presenceOfElementLocated(By.cssSelector("#history tr.event")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<String> eventTypes() {
        return page().findElements(By.cssSelector("#history tr.event")).stream()
                .map(row -> row.getAttribute("data-event-type")).toList();
    }

    @Test
    void theAThenBExecutionIsListedAndItsPageShowsLanesAndEvents() {
        page().get(server.uri().toString());
        assertThat(page().getCurrentUrl()).contains("/_relay/console/");
        String row = "#executions tr[data-workflow-id='" + aThenB.workflowId() + "']";
        browser.waiting().until(d -> d.findElement(By.cssSelector(row)).getText().contains("AThenB 1")
                && d.findElement(By.cssSelector(row)).getText().contains("COMPLETED"));
        browser.screenshot("console-executions", 640);
        browser.waiting().until(d -> {
            d.findElement(By.cssSelector(row + " a.wid")).click();
            return true;
        });
        browser.waiting().until(presenceOfElementLocated(By.cssSelector("#timeline svg .lane.activity")));

        List<WebElement> activityLanes = page().findElements(By.cssSelector("#timeline .lane.activity"));
        assertThat(activityLanes).extracting(lane -> lane.findElement(By.cssSelector("text.label")).getText())
                .anySatisfy(label -> assertThat(label).endsWith("· A"))
                .anySatisfy(label -> assertThat(label).endsWith("· B"))
                .hasSize(2);
        assertThat(page().findElements(By.cssSelector("#timeline .lane.activity .bar")))
                .extracting(bar -> bar.getAttribute("data-outcome")).containsExactly("completed", "completed");
        assertThat(page().findElements(By.cssSelector("#timeline .lane.decision .bar"))).hasSize(3);
        assertThat(eventTypes()).startsWith("WorkflowExecutionStarted", "DecisionTaskScheduled")
                .contains("ActivityTaskCompleted").endsWith("WorkflowExecutionCompleted")
                .filteredOn("ActivityTaskCompleted"::equals).hasSize(2);
        assertThat(page().findElement(By.id("input")).getText()).isEqualTo("sales.csv");
        assertThat(page().findElement(By.id("result")).getText()).isEqualTo("B(A(sales.csv))");

        WebElement completed = page().findElement(By.cssSelector("#history tr[data-event-type=ActivityTaskCompleted]"));
        completed.click();
        WebElement attributes = completed.findElement(By.xpath("following-sibling::tr[1]"));
        assertThat(attributes.getText()).contains("result", "A(sales.csv)");
        WebElement scheduledLink = attributes.findElement(By.xpath(".//tr[th='scheduledEventId']//a"));
        String scheduledId = scheduledLink.getText().replace("event ", "");
        scheduledLink.click();
        WebElement scheduled = page().findElement(By.id("event-" + scheduledId));
        assertThat(scheduled.getAttribute("data-event-type")).isEqualTo("ActivityTaskScheduled");
        assertThat(scheduled.findElement(By.xpath("following-sibling::tr[1]")).isDisplayed()).isTrue();
    }

    @Test
    void aRetriedActivityShowsEachAttemptInItsLane() {
        openExecution(flaky);
        browser.waiting().until(presenceOfElementLocated(By.cssSelector("#timeline .lane.timer")));
        List<String> outcomes = page().findElements(By.cssSelector("#timeline .lane.activity .bar")).stream()
                .map(bar -> bar.getAttribute("data-outcome")).toList();
        assertThat(outcomes).containsExactly("completed", "failed", "completed");
        browser.screenshot("console-timeline", 1000);
    }

    @Test
    void timeoutsAndFailuresGetTheirOwnOutcome() {
        open("/executions");
        browser.waiting().until(presenceOfElementLocated(By.id("executions")));
        Object outcomes = ((JavascriptExecutor) page()).executeScript("""
                const ev = (eventId, eventType, attributes) => ({ eventId, eventType, eventTimestamp: 1000 + eventId,
                  [eventType.charAt(0).toLowerCase() + eventType.slice(1) + 'EventAttributes']: attributes });
                const lanes = Timeline.lanes([
                  ev(1, 'WorkflowExecutionStarted', {}),
                  ev(2, 'ActivityTaskScheduled', { activityId: 'slow', activityType: { name: 'A', version: '1' } }),
                  ev(3, 'ActivityTaskStarted', { scheduledEventId: 2 }),
                  ev(4, 'ActivityTaskTimedOut', { scheduledEventId: 2, startedEventId: 3, timeoutType: 'HEARTBEAT' }),
                  ev(5, 'TimerStarted', { timerId: 't', startToFireTimeout: '60' }),
                  ev(6, 'LambdaFunctionScheduled', { id: 'l', name: 'f' }),
                  ev(7, 'LambdaFunctionFailed', { scheduledEventId: 6, reason: 'boom' })]).lanes;
                return lanes.map((l) => l.kind + ':' + l.bars.map((b) => b.outcome + (b.detail ? '/' + b.detail : '')).join(','));
                """);
        assertThat(outcomes).asList().containsExactly("workflow:open", "activity:timedout/HEARTBEAT", "lambda:failed/boom", "timer:open");
    }

    @Test
    void aSignalAppearsWithoutReloading() {
        openExecution(undecided);
        ((JavascriptExecutor) page()).executeScript("window.stillThisPage = true;");
        browser.waiting().until(elementToBeClickable(By.id("signal"))).click();
        page().findElement(By.cssSelector("#dialog input[name=signalName]")).sendKeys("from-the-console");
        page().findElement(By.id("dialog-ok")).click();
        browser.waiting().until(presenceOfElementLocated(By.cssSelector("#history tr[data-event-type=WorkflowExecutionSignaled]")));

        flows.workflows().signal(SignalWorkflowExecutionRequest.builder().domain(ConsoleFlows.DOMAIN)
                .workflowId(undecided.workflowId()).runId(undecided.runId()).signalName("from-elsewhere").build());
        browser.waiting().until(d -> d.findElements(By.cssSelector("#history tr[data-event-type=WorkflowExecutionSignaled]")).size() == 2);
        assertThat(page().findElement(By.id("history")).getText()).contains("signalName=from-the-console", "signalName=from-elsewhere");
        assertThat(((JavascriptExecutor) page()).executeScript("return window.stillThisPage === true;")).isEqualTo(true);
    }

    @Test
    void anotherRunStartedFromThePageShowsAScriptInputAsText() {
        openExecution(undecided);
        browser.waiting().until(elementToBeClickable(By.id("start-another"))).click();
        WebElement workflowId = page().findElement(By.cssSelector("#dialog input[name=workflowId]"));
        workflowId.clear();
        workflowId.sendKeys("started-from-the-console");
        WebElement input = page().findElement(By.cssSelector("#dialog textarea[name=input]"));
        input.clear();
        input.sendKeys("<script>alert(1)</script>");
        page().findElement(By.id("dialog-ok")).click();

        browser.waiting().until(d -> d.getCurrentUrl().contains("started-from-the-console"));
        browser.waiting().until(d -> d.findElement(By.id("workflow-id")).getText().equals("started-from-the-console"));
        assertThat(page().findElement(By.id("input")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(page().findElements(By.cssSelector("#page script"))).isEmpty();
        assertThatThrownBy(() -> page().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        WorkflowExecutionInfo started = flows.workflows().listOpen(dev.swfrelay.core.api.ListOpenWorkflowExecutionsRequest.builder()
                .domain(ConsoleFlows.DOMAIN).startTimeFilter(new dev.swfrelay.core.model.ExecutionTimeFilter(null, java.time.Instant.EPOCH))
                .executionFilter(new dev.swfrelay.core.model.WorkflowExecutionFilter("started-from-the-console")).build()).get(0);
        List<HistoryEvent> history = flows.workflows().history(ConsoleFlows.DOMAIN, started.execution());
        assertThat(history.get(0).attributes(WorkflowExecutionStarted.class).input()).isEqualTo("<script>alert(1)</script>");
        assertThat(started.workflowType()).isEqualTo(ConsoleFlows.UNDECIDED);
    }

    @Test
    void theTaskListPageShowsAParkedWorkerAndFlagsAListNobodyPolls() {
        await().atMost(Duration.ofSeconds(30)).until(() -> server.parkedPolls() >= 3);
        open("/tasklists");
        String aTasks = "#tasklists .tasklist[data-task-list=a_tasks][data-kind=activity]";
        String stuck = "#tasklists .tasklist[data-task-list=nobody-decides][data-kind=decision]";
        browser.waiting().until(d -> d.findElement(By.cssSelector(aTasks + " .cols > div:first-child")).getText()
                .contains("worker-A@server-a"));
        browser.waiting().until(d -> d.findElement(By.cssSelector(stuck)).getAttribute("class").contains("flagged")
                && d.findElement(By.cssSelector(stuck)).getText().contains("nobody is polling"));
        browser.waiting().until(d -> !d.findElement(By.cssSelector(aTasks)).getAttribute("class").contains("flagged"));
        // the backlog panel: the metrics' pending tasks, the same number the stuck list's card shows
        String backlogRow = "#backlog tr[data-task-list=nobody-decides][data-kind=decision] td.num";
        browser.waiting().until(d -> {
            String card = d.findElement(By.cssSelector(stuck + " .pending")).getText();
            String row = d.findElement(By.cssSelector(backlogRow)).getText();
            return !row.equals("0") && card.equals(row + " pending");
        });
        browser.screenshot("console-tasklists", 700);
    }

    @Test
    void theTaskListPageListsTheFaultRulesAndHowOftenTheyFired() {
        server.faults().add(FaultRule.named("console-blip").matching(RuleMatch.ANY.withOperation("DescribeDomain"))
                .firing(Firing.onNth(1)).doing(new FaultAction.ServerError(503)));
        try {
            assertThatThrownBy(() -> server.service("us-east-1").describeDomain(
                    new dev.swfrelay.core.api.DescribeDomainRequest("nowhere")));
            open("/tasklists");
            browser.waiting().until(d -> d.findElement(By.cssSelector("#faults tr[data-rule=console-blip] td.fired"))
                    .getText().equals("1"));
            assertThat(page().findElement(By.cssSelector("#faults")).getText())
                    .contains("console-blip").contains("DescribeDomain").contains("error");
        } finally {
            server.faults().clear();
        }
    }

    @Test
    void theDomainsPageShowsTypesWithTheirStatusAndDefaults() {
        open("/domains");
        String domain = "[data-domain='" + ConsoleFlows.DOMAIN + "']";
        WebElement card = browser.waiting().until(presenceOfElementLocated(By.cssSelector(domain)));
        assertThat(card.getText()).contains("REGISTERED", "retention 7 days", "the console's browser tests");
        List<String> rows = card.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).hasSize(5)
                .anySatisfy(r -> assertThat(r).startsWith("workflow AThenB 1 REGISTERED").contains("task list decisions"))
                .anySatisfy(r -> assertThat(r).startsWith("activity B 1 REGISTERED").contains("start→close 300 s"));
        browser.screenshot("console-domains", 560);
    }

    @Test
    void advancingTheFrozenClockFiresATimer() {
        WorkflowExecution waiting = run(flows.start(ConsoleFlows.TIMER, "wait-five-minutes", "").runId(), "wait-five-minutes");
        await().atMost(Duration.ofSeconds(30)).until(() -> flows.workflows().history(ConsoleFlows.DOMAIN, waiting).stream()
                .anyMatch(e -> e.eventType() == EventType.TimerStarted));
        try {
            open("/clock");
            browser.waiting().until(elementToBeClickable(By.id("freeze"))).click();
            browser.waiting().until(d -> d.findElement(By.id("clock-state")).getText().equals("frozen"));
            WebElement amount = browser.waiting().until(elementToBeClickable(By.id("advance-by")));
            amount.clear();
            amount.sendKeys("6m");
            page().findElement(By.id("advance")).click();

            openExecution(waiting);
            browser.waiting().until(presenceOfElementLocated(By.cssSelector("#history tr[data-event-type=TimerFired]")));
            browser.waiting().until(presenceOfElementLocated(By.cssSelector("#history tr[data-event-type=WorkflowExecutionCompleted]")));
            assertThat(page().findElement(By.cssSelector("#timeline .lane.timer .bar")).getAttribute("data-outcome"))
                    .isEqualTo("completed");
        } finally {
            server.clock().release();
        }
    }
}
