package dev.swfrelay.emulator.engine.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swfrelay.core.api.SwfService;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table against the developer guide's numbers, and its scaling. */
class SwfQuotasTest {

    private static final Instant T0 = Instant.parse("2015-01-01T12:00:00Z");

    @Test
    void everyOperationOfSwfHasItsAccountBucket() {
        var operations = Arrays.stream(SwfService.class.getMethods()).map(Method::getName)
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1)).collect(Collectors.toSet());

        assertThat(Arrays.stream(SwfQuotas.Api.values()).map(SwfQuotas.Api::apiName))
                .containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void theNumbersAreThePagesOwn() {
        assertQuota(SwfQuotas.Api.POLL_FOR_ACTIVITY_TASK, 2000, 200);
        assertQuota(SwfQuotas.Api.RESPOND_DECISION_TASK_COMPLETED, 2000, 200);
        assertQuota(SwfQuotas.Api.START_WORKFLOW_EXECUTION, 2000, 200);
        assertQuota(SwfQuotas.Api.GET_WORKFLOW_EXECUTION_HISTORY, 2000, 60);
        assertQuota(SwfQuotas.Api.LIST_CLOSED_WORKFLOW_EXECUTIONS, 200, 6);
        assertQuota(SwfQuotas.Api.LIST_OPEN_WORKFLOW_EXECUTIONS, 200, 48);
        assertQuota(SwfQuotas.Api.REGISTER_DOMAIN, 100, 6);
        assertQuota(SwfQuotas.Api.RECORD_ACTIVITY_TASK_HEARTBEAT, 2000, 160);
        assertQuota(SwfQuotas.Api.TAG_RESOURCE, 50, 30);
        assertQuota(SwfQuotas.Decision.SCHEDULE_ACTIVITY_TASK, 1000, 200);
        assertQuota(SwfQuotas.Decision.START_TIMER, 2000, 200);
        assertQuota(SwfQuotas.Decision.START_CHILD_WORKFLOW_EXECUTION, 500, 12);
        assertQuota(SwfQuotas.Decision.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION, 1200, 120);
        assertQuota(SwfQuotas.Decision.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION, 1200, 120);
        assertQuota(SwfQuotas.Run.GET_WORKFLOW_EXECUTION_HISTORY, 400, 200);
        assertQuota(SwfQuotas.Run.SIGNAL_WORKFLOW_EXECUTION, 1000, 1000);
        assertQuota(SwfQuotas.Run.RECORD_ACTIVITY_TASK_HEARTBEAT, 1000, 1000);
        assertQuota(SwfQuotas.Run.REQUEST_CANCEL_WORKFLOW_EXECUTION, 200, 200);
    }

    @Test
    void aScaleMultipliesSizeAndRateAndKeepsAtLeastOneToken() {
        TokenBucket polls = TokenBucket.of(SwfQuotas.Api.POLL_FOR_DECISION_TASK, 0.01, T0);
        TokenBucket domains = TokenBucket.of(SwfQuotas.Api.REGISTER_DOMAIN, 0.01, T0);
        TokenBucket tags = TokenBucket.of(SwfQuotas.Api.TAG_RESOURCE, 0.01, T0);

        assertThat(polls.size()).isEqualTo(20);
        assertThat(polls.refillPerSecond()).isEqualTo(2.0);
        assertThat(domains.size()).isEqualTo(1);
        assertThat(domains.refillPerSecond()).isEqualTo(0.06);
        assertThat(tags.size()).isEqualTo(1);
        assertThat(tags.refillPerSecond()).isEqualTo(0.3);
    }

    private static void assertQuota(SwfQuotas.Quota quota, int size, int refill) {
        assertThat(quota.bucketSize()).as(quota.apiName()).isEqualTo(size);
        assertThat(quota.refillPerSecond()).as(quota.apiName()).isEqualTo(refill);
    }
}
