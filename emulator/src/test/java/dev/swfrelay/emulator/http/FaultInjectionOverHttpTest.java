package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.emulator.fault.FaultAction;
import dev.swfrelay.emulator.fault.FaultRule;
import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.fault.Firing;
import dev.swfrelay.emulator.fault.RuleMatch;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** Fault rules met by the real SDK v2 client over HTTP, and set through /_relay/faults. */
@SwfEmulatorTest(pollHold = "PT2S")
class FaultInjectionOverHttpTest {

    private final SwfClient retrying;
    private final SwfClient once;
    private final FaultRules faults;
    private final URI endpoint;

    FaultInjectionOverHttpTest(SwfClient retrying, FaultRules faults, URI endpoint) {
        this.retrying = retrying;
        this.once = SdkClients.sdk(endpoint, "us-east-1");
        this.faults = faults;
        this.endpoint = endpoint;
    }

    private static FaultRule rule(String name, String operation, Firing firing, FaultAction action) {
        return FaultRule.named(name).matching(RuleMatch.ANY.withOperation(operation)).firing(firing).doing(action);
    }

    @Test
    void anInjectedFaultArrivesWithSwfsTypeAndWords() {
        retrying.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
        faults.add(rule("gone", "DescribeDomain", Firing.ALWAYS, new FaultAction.Answer(FaultType.UnknownResourceFault)));

        assertThatThrownBy(() -> retrying.describeDomain(r -> r.name("d")))
                .isInstanceOfSatisfying(UnknownResourceException.class, fault -> {
                    assertThat(fault.awsErrorDetails().errorCode()).isEqualTo("UnknownResourceFault");
                    assertThat(fault.awsErrorDetails().errorMessage()).isEqualTo("Unknown domain: d");
                    assertThat(fault.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void a5xxIsRetriedByTheSdk() {
        faults.add(rule("blip", "ListDomains", Firing.onNth(1), new FaultAction.ServerError(503)));

        assertThat(retrying.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isEmpty();

        assertThat(faults.rules()).singleElement().satisfies(status -> {
            assertThat(status.fired()).isEqualTo(1);
            assertThat(status.matched()).as("the first call and the SDK's retry").isEqualTo(2);
        });
        assertThatThrownBy(() -> {
            faults.clear();
            faults.add(rule("down", "ListDomains", Firing.ALWAYS, new FaultAction.ServerError(503)));
            once.listDomains(r -> r.registrationStatus("REGISTERED"));
        }).isInstanceOfSatisfying(SwfException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
        });
    }

    @Test
    void aLostCompletionIsAppliedOnceAndItsRetryMeetsUnknownResource() {
        SeedFlowOverHttpTest.register(retrying);
        StartWorkflowExecutionResponse run = SeedFlowOverHttpTest.start(retrying, "job-1");
        SeedFlowOverHttpTest.decideOnce(retrying);
        PollForActivityTaskResponse task = retrying.pollForActivityTask(r -> r.domain(SeedFlowOverHttpTest.DOMAIN)
                .taskList(t -> t.name("a_tasks")).identity("server-a"));
        faults.add(FaultRule.named("lose-a").matching(RuleMatch.ANY.withOperation("RespondActivityTaskCompleted")
                .withActivityType("script-a").withWorkflowId("job-1")).firing(Firing.onNth(1))
                .doing(new FaultAction.LoseAnswer()));

        assertThatThrownBy(() -> once.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("done")))
                .isInstanceOf(SdkClientException.class);
        assertThatThrownBy(() -> once.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("done")))
                .isInstanceOfSatisfying(UnknownResourceException.class, fault ->
                        assertThat(fault.awsErrorDetails().errorMessage()).startsWith("Unknown activity, scheduledEventId = "));

        List<HistoryEvent> events = retrying.getWorkflowExecutionHistory(r -> r.domain(SeedFlowOverHttpTest.DOMAIN)
                .execution(e -> e.workflowId("job-1").runId(run.runId()))).events();
        assertThat(events).filteredOn(e -> e.eventType() == EventType.ACTIVITY_TASK_COMPLETED).hasSize(1);
        assertThat(faults.recent()).singleElement().satisfies(fired -> {
            assertThat(fired.rule()).isEqualTo("lose-a");
            assertThat(fired.workflowId()).isEqualTo("job-1");
        });
    }

    @Test
    void aDroppedRequestLeavesNothingApplied() {
        faults.add(rule("drop-registration", "RegisterDomain", Firing.onNth(1), new FaultAction.Drop()));

        assertThatThrownBy(() -> once.registerDomain(r -> r.name("dropped").workflowExecutionRetentionPeriodInDays("1")))
                .isInstanceOf(SdkClientException.class);

        assertThatThrownBy(() -> once.describeDomain(r -> r.name("dropped"))).isInstanceOf(UnknownResourceException.class);
        once.registerDomain(r -> r.name("dropped").workflowExecutionRetentionPeriodInDays("1"));
        assertThat(once.describeDomain(r -> r.name("dropped")).domainInfo().name()).isEqualTo("dropped");
    }

    @Test
    void latencyHoldsTheAnswerWithoutHoldingTheServer() {
        Duration latency = Duration.ofSeconds(10);
        faults.add(rule("slow", "ListDomains", Firing.onNth(1), new FaultAction.Latency(latency)));
        long start = System.nanoTime();
        Thread slow = new Thread(() -> once.listDomains(r -> r.registrationStatus("REGISTERED")));
        slow.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> faults.firedTotal() == 1);

        once.registerDomain(r -> r.name("meanwhile").workflowExecutionRetentionPeriodInDays("1"));

        assertThat(slow.isAlive()).as("another call is answered while the delayed answer waits").isTrue();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !slow.isAlive());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);
    }

    @Test
    void theAdminApiAddsListsAndClearsRules() {
        RawHttp http = new RawHttp(endpoint);
        URI route = endpoint.resolve("/_relay/faults");

        RawHttp.Answer added = http.send(HttpRequest.newBuilder(route).POST(HttpRequest.BodyPublishers.ofString(
                "{\"rules\":[{\"name\":\"gone\",\"operation\":\"DescribeDomain\",\"action\":\"fault\","
                        + "\"fault\":\"UnknownResourceFault\"}]}")));
        assertThat(added.status()).isEqualTo(200);
        assertThatThrownBy(() -> retrying.describeDomain(r -> r.name("x"))).isInstanceOf(UnknownResourceException.class);

        RawHttp.Answer listed = http.send(HttpRequest.newBuilder(route).GET());
        assertThat(listed.json().get("rules").get(0).get("name").asText()).isEqualTo("gone");
        assertThat(listed.json().get("rules").get(0).get("firedCount").asLong()).isEqualTo(1);
        assertThat(listed.json().get("recent").get(0).get("operation").asText()).isEqualTo("DescribeDomain");
        assertThat(listed.json().get("fired").asLong()).isEqualTo(1);

        RawHttp.Answer bad = http.send(HttpRequest.newBuilder(route).POST(HttpRequest.BodyPublishers.ofString(
                "{\"action\":\"latency\",\"latency\":\"soon\"}")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).isEqualTo(
                "rule 2 (rule-2), field 'latency': 'soon' is not an ISO-8601 duration such as PT0.5S");

        RawHttp.Answer cleared = http.send(HttpRequest.newBuilder(route).DELETE());
        assertThat(cleared.json().get("rules")).isEmpty();
        assertThatThrownBy(() -> retrying.describeDomain(r -> r.name("x")))
                .isInstanceOfSatisfying(UnknownResourceException.class, fault ->
                        assertThat(fault.awsErrorDetails().errorMessage()).isEqualTo("Unknown domain: x"));
        assertThat(faults.isEmpty()).isTrue();
    }
}
