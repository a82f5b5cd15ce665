package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.junit.SwfEmulatorTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/** The server's own routes under /_relay/: health, reset and the clock. */
@SwfEmulatorTest(pollHold = "PT1S")
class AdminRoutesTest {

    private final RawHttp http;
    private final URI endpoint;

    AdminRoutesTest(URI endpoint) {
        this.endpoint = endpoint;
        this.http = new RawHttp(endpoint);
    }

    private RawHttp.Answer get(String route) {
        return http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/" + route)).GET());
    }

    private RawHttp.Answer post(String route, String body) {
        return http.send(HttpRequest.newBuilder(endpoint.resolve("/_relay/" + route)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void healthAnswersOk() {
        RawHttp.Answer health = get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void clockFollowsRealTimeUntilFrozenThenMovesOnlyWhenAdvanced(VirtualClock clock) {
        RawHttp.Answer initial = get("clock");
        assertThat(initial.json().get("frozen").asBoolean()).isFalse();
        assertThat(Instant.parse(initial.json().get("time").asText())).isCloseTo(Instant.now(), within(60));

        RawHttp.Answer frozen = post("clock", "{\"time\": \"2015-01-01T12:00:00Z\"}");
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(frozen.json().get("time").asText()).isEqualTo("2015-01-01T12:00:00Z");
        assertThat(frozen.json().get("frozen").asBoolean()).isTrue();
        assertThat(clock.now()).isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));

        RawHttp.Answer advanced = post("clock", "{\"advance\": \"PT5M\"}");
        assertThat(advanced.json().get("time").asText()).isEqualTo("2015-01-01T12:05:00Z");

        RawHttp.Answer auto = post("clock", "{\"autoAdvance\": true}");
        assertThat(auto.json().get("autoAdvance").asBoolean()).isTrue();

        RawHttp.Answer released = post("clock", "{\"release\": true}");
        assertThat(released.json().get("frozen").asBoolean()).isFalse();
        assertThat(released.json().get("autoAdvance").asBoolean()).isFalse();
    }

    @Test
    void advancingFiresTimeoutsAtTheirDeadlines(SwfClient swf) {
        post("clock", "{\"time\": \"2015-01-01T12:00:00Z\"}");
        SeedFlowOverHttpTest.register(swf);
        StartWorkflowExecutionResponse run = swf.startWorkflowExecution(r -> r.domain(SeedFlowOverHttpTest.DOMAIN)
                .workflowId("short").workflowType(SeedFlowOverHttpTest.FLOW).executionStartToCloseTimeout("60"));

        post("clock", "{\"advance\": \"PT10M\"}");

        WorkflowExecution execution = WorkflowExecution.builder().workflowId("short").runId(run.runId()).build();
        List<HistoryEvent> history = swf.getWorkflowExecutionHistory(r -> r.domain(SeedFlowOverHttpTest.DOMAIN).execution(execution)).events();
        HistoryEvent last = history.get(history.size() - 1);
        assertThat(last.eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_TIMED_OUT);
        assertThat(last.eventTimestamp()).isEqualTo(Instant.parse("2015-01-01T12:01:00Z"));
        assertThat(history.get(0).eventTimestamp()).isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));
    }

    @Test
    void timeMovesBackwardsOnlyAfterAReset(SwfClient swf) {
        post("clock", "{\"time\": \"2020-01-01T00:00:00Z\"}");
        SeedFlowOverHttpTest.register(swf);

        RawHttp.Answer backwards = post("clock", "{\"time\": \"2015-01-01T00:00:00Z\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.type()).isEqualTo("com.amazon.coral.validate#ValidationException");

        RawHttp.Answer reset = post("reset", "");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("frozen").asBoolean()).isFalse();
        assertThat(post("clock", "{\"time\": \"2015-01-01T00:00:00Z\"}").status()).isEqualTo(200);
        assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isEmpty();
    }

    @Test
    void motosResetRouteForgetsEverythingAsOursDoes(SwfClient swf) {
        post("clock", "{\"time\": \"2020-01-01T00:00:00Z\"}");
        SeedFlowOverHttpTest.register(swf);
        assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isNotEmpty();

        RawHttp.Answer reset = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("frozen").asBoolean()).isFalse();
        assertThat(swf.listDomains(r -> r.registrationStatus("REGISTERED")).domainInfos()).isEmpty();
    }

    @Test
    void badClockCommandsAreValidationErrors() {
        assertThat(post("clock", "{\"advance\": \"PT5M\"}").message()).contains("follows real time");
        assertThat(post("clock", "{\"time\": \"yesterday\"}").status()).isEqualTo(400);
        assertThat(post("clock", "{\"advance\": \"-PT5M\"}").status()).isEqualTo(400);
        assertThat(post("clock", "{}").status()).isEqualTo(400);
        assertThat(post("clock", "not json").type()).isEqualTo("com.amazon.coral.service#SerializationException");
        assertThat(get("nothing").type()).isEqualTo("com.amazon.coral.service#UnknownOperationException");
    }

    private static org.assertj.core.data.TemporalUnitOffset within(long seconds) {
        return org.assertj.core.api.Assertions.within(seconds, java.time.temporal.ChronoUnit.SECONDS);
    }
}
