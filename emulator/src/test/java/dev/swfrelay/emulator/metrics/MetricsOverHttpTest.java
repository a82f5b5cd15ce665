package dev.swfrelay.emulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.Throttling;
import dev.swfrelay.emulator.fault.FaultAction;
import dev.swfrelay.emulator.fault.FaultRule;
import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.fault.Firing;
import dev.swfrelay.emulator.fault.RuleMatch;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * {@code GET /_relay/metrics} after a known workload driven with SDK v2 on a frozen clock, read by
 * Prometheus' own Python parser: counts and durations that a wrong fold, label or unit would change.
 */
class MetricsOverHttpTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final String DOMAIN = "metered";
    private static final WorkflowType FLOW = WorkflowType.builder().name("nightly").version("7").build();
    private static final ActivityType FETCH = ActivityType.builder().name("fetch").version("2").build();
    private static final Map<String, String> FLOW_LABELS = Map.of("domain", DOMAIN, "workflow_type_name", "nightly",
            "workflow_type_version", "7", "account", "123456789012", "region", "us-east-1");
    private static final Map<String, String> FETCH_LABELS = Map.of("domain", DOMAIN, "activity_type_name", "fetch",
            "activity_type_version", "2", "region", "us-east-1");

    private final VirtualClock clock = VirtualClock.frozenAt(T0);
    private SwfEmulatorServer server;
    private SwfClient swf;

    @BeforeEach
    void start() {
        server = SwfEmulatorServer.builder().clock(clock).pollHold(Duration.ofSeconds(1)).build().start();
        swf = SwfClient.builder().endpointOverride(server.uri()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)))
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none())).build();
    }

    @AfterEach
    void stop() {
        swf.close();
        server.close();
        clock.close();
    }

    @Test
    void aScrapeAfterAKnownWorkloadHoldsSwfsNumbers() throws Exception {
        assumeTrue(ParsedScrape.python().isPresent(),
                "python3 with prometheus_client is not installed (apt-get install python3-prometheus-client)");
        register();
        // job-1: decision waits 2 s and takes 1 s; fetch waits 4 s on fetch_tasks, runs 5 s and completes; the run completes
        start("job-1");
        clock.advance(Duration.ofSeconds(2));
        PollForDecisionTaskResponse first = pollDecision();
        clock.advance(Duration.ofSeconds(1));
        respond(first, scheduleFetch());
        clock.advance(Duration.ofSeconds(4));
        PollForActivityTaskResponse fetch = pollActivity();
        clock.advance(Duration.ofSeconds(5));
        swf.respondActivityTaskCompleted(r -> r.taskToken(fetch.taskToken()).result("ok"));
        respond(pollDecision(), Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build());
        // job-2: fetch fails at once; its next decision task stays pending. job-3: pending from its start.
        start("job-2");
        respond(pollDecision(), scheduleFetch());
        PollForActivityTaskResponse failing = pollActivity();
        swf.respondActivityTaskFailed(r -> r.taskToken(failing.taskToken()).reason("disk"));
        start("job-3");
        // job-4: terminated 60 s after its start
        String job4 = start("job-4");
        clock.advance(Duration.ofSeconds(60));
        swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("job-4").runId(job4));
        // the two hooks the throttling and fault rules will call
        Tenant tenant = new Tenant("123456789012", "us-east-1");
        server.metrics().metered(tenant, "PollForActivityTask", 1, false);
        server.metrics().metered(tenant, "PollForActivityTask", 1, false);
        server.metrics().metered(tenant, "PollForActivityTask", 0, true);
        server.metrics().faultFired(tenant, "lose-a", "lose-answer");

        ParsedScrape scrape = ParsedScrape.parse(get("/_relay/metrics").body().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(scrape.value("swf_workflows_started_total", FLOW_LABELS)).isEqualTo(4);
        assertThat(scrape.value("swf_workflows_closed_total", with(FLOW_LABELS, "status", "completed"))).isEqualTo(1);
        assertThat(scrape.value("swf_workflows_closed_total", with(FLOW_LABELS, "status", "terminated"))).isEqualTo(1);
        assertThat(scrape.value("swf_workflow_start_to_close_seconds_count", FLOW_LABELS)).isEqualTo(2);
        assertThat(scrape.value("swf_workflow_start_to_close_seconds_sum", FLOW_LABELS)).isEqualTo(12 + 60);
        // decision tasks: job-1's two (2 s and 0 s waits) and job-2's first (0 s); job-1's first took 1 s
        assertThat(scrape.value("swf_decision_task_schedule_to_start_seconds_count", FLOW_LABELS)).isEqualTo(3);
        assertThat(scrape.value("swf_decision_task_schedule_to_start_seconds_sum", FLOW_LABELS)).isEqualTo(2);
        assertThat(scrape.value("swf_decision_task_start_to_close_seconds_sum", FLOW_LABELS)).isEqualTo(1);
        assertThat(scrape.value("swf_decision_task_start_to_close_seconds_bucket", with(FLOW_LABELS, "le", "0.5")))
                .isEqualTo(2);
        assertThat(scrape.value("swf_activity_tasks_started_total", FETCH_LABELS)).isEqualTo(2);
        assertThat(scrape.value("swf_activity_tasks_closed_total", with(FETCH_LABELS, "status", "completed"))).isEqualTo(1);
        assertThat(scrape.value("swf_activity_tasks_closed_total", with(FETCH_LABELS, "status", "failed"))).isEqualTo(1);
        assertThat(scrape.value("swf_activity_task_schedule_to_start_seconds_sum", FETCH_LABELS)).isEqualTo(4);
        assertThat(scrape.value("swf_activity_task_start_to_close_seconds_sum", FETCH_LABELS)).isEqualTo(5);
        assertThat(scrape.value("swf_activity_task_schedule_to_close_seconds_sum", FETCH_LABELS)).isEqualTo(9);
        assertThat(scrape.value("swf_task_list_schedule_to_start_seconds_count", Map.of("task_list", "fetch_tasks",
                "task_list_classification", "A"))).isEqualTo(2);
        assertThat(scrape.value("swf_task_list_schedule_to_start_seconds_sum", Map.of("task_list", "fetch_tasks",
                "task_list_classification", "A"))).isEqualTo(4);
        // pending now: job-2's and job-3's decision tasks (job-4's went with its termination), nothing on fetch_tasks
        assertThat(scrape.value("swf_pending_tasks", Map.of("domain", DOMAIN, "task_list", "deciders",
                "task_list_classification", "D"))).isEqualTo(2);
        assertThat(scrape.value("swf_pending_tasks", Map.of("domain", DOMAIN, "task_list", "fetch_tasks",
                "task_list_classification", "A"))).isZero();
        assertThat(scrape.type("swf_pending_tasks")).isEqualTo("gauge");
        assertThat(scrape.type("swf_activity_task_schedule_to_start_seconds")).isEqualTo("histogram");
        assertThat(scrape.value("swf_throttled_events_total", Map.of("api", "PollForActivityTask"))).isEqualTo(1);
        assertThat(scrape.value("swf_consumed_capacity_total", Map.of("api", "PollForActivityTask"))).isEqualTo(2);
        assertThat(scrape.value("swf_relay_injected_faults_total", Map.of("rule", "lose-a", "action", "lose-answer")))
                .isEqualTo(1);
    }

    @Test
    void throttlingAndFaultRulesAreCountedWhereTheyFire() throws Exception {
        assumeTrue(ParsedScrape.python().isPresent(),
                "python3 with prometheus_client is not installed (apt-get install python3-prometheus-client)");
        FaultRules rules = FaultRules.seeded(1).add(FaultRule.named("gone")
                .matching(RuleMatch.ANY.withOperation("DescribeDomain")).firing(Firing.ALWAYS)
                .doing(new FaultAction.Answer(FaultType.UnknownResourceFault)));
        try (SwfEmulatorServer rehearsing = SwfEmulatorServer.builder().clock(clock).throttling(Throttling.swf(0.0001))
                .faults(rules).build().start();
             SwfClient client = SwfClient.builder().endpointOverride(rehearsing.uri()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                     .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none())).build()) {
            // ListDomains' bucket, 100 tokens scaled by 0.0001, keeps its one token: one call passes, the next is refused
            client.listDomains(r -> r.registrationStatus("REGISTERED"));
            assertThatThrownBy(() -> client.listDomains(r -> r.registrationStatus("REGISTERED")))
                    .hasMessageContaining("Rate exceeded");
            assertThatThrownBy(() -> client.describeDomain(r -> r.name("d"))).hasMessageContaining("Unknown domain");

            ParsedScrape scrape = ParsedScrape.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(rehearsing.uri() + "/_relay/metrics")).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body());

            assertThat(scrape.value("swf_consumed_capacity_total", Map.of("api", "ListDomains"))).isEqualTo(1);
            assertThat(scrape.value("swf_throttled_events_total", Map.of("api", "ListDomains"))).isEqualTo(1);
            assertThat(scrape.value("swf_relay_injected_faults_total", Map.of("rule", "gone", "action", "fault")))
                    .isEqualTo(1);
        }
    }

    @Test
    void theConsolesBacklogShowsThePendingTasksOfTheMetrics() throws Exception {
        register();
        start("job-1");
        start("job-2");
        respond(pollDecision(), scheduleFetch());

        HttpResponse<String> answer = get("/_relay/backlog");

        JsonNode lists = new ObjectMapper().readTree(answer.body()).get("backlog");
        assertThat(lists).hasSize(2);
        assertThat(lists.findValuesAsText("taskList")).containsExactly("deciders", "fetch_tasks");
        assertThat(lists.findValues("pending")).extracting(JsonNode::asInt).containsExactly(1, 1);
        assertThat(lists.findValuesAsText("kind")).containsExactly("decision", "activity");
    }

    @Test
    void theScrapeIsPrometheusTextFormat() throws Exception {
        HttpResponse<String> answer = get("/_relay/metrics");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.uri() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void register() {
        swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain(DOMAIN).name(FLOW.name()).version(FLOW.version())
                .defaultTaskList(t -> t.name("deciders")).defaultChildPolicy("TERMINATE")
                .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30"));
        swf.registerActivityType(r -> r.domain(DOMAIN).name(FETCH.name()).version(FETCH.version())
                .defaultTaskHeartbeatTimeout("NONE").defaultTaskScheduleToCloseTimeout("600")
                .defaultTaskScheduleToStartTimeout("300").defaultTaskStartToCloseTimeout("300"));
    }

    private String start(String workflowId) {
        return swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId).workflowType(FLOW)).runId();
    }

    private PollForDecisionTaskResponse pollDecision() {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders")));
        assertThat(task.taskToken()).as("a decision task").isNotNull();
        return task;
    }

    private PollForActivityTaskResponse pollActivity() {
        PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name("fetch_tasks")));
        assertThat(task.taskToken()).as("an activity task").isNotNull();
        return task;
    }

    private void respond(PollForDecisionTaskResponse task, Decision decision) {
        swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(List.of(decision)));
    }

    private static Decision scheduleFetch() {
        return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                .scheduleActivityTaskDecisionAttributes(s -> s.activityId("fetch").activityType(FETCH)
                        .taskList(t -> t.name("fetch_tasks")))
                .build();
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(labels);
        all.put(name, value);
        return all;
    }
}
