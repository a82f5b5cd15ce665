package dev.swfrelay.emulator.engine;

import static dev.swfrelay.emulator.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.GetWorkflowExecutionHistoryRequest;
import dev.swfrelay.core.api.ListDomainsRequest;
import dev.swfrelay.core.api.RecordActivityTaskHeartbeatRequest;
import dev.swfrelay.core.api.RequestCancelWorkflowExecutionRequest;
import dev.swfrelay.core.api.SignalWorkflowExecutionRequest;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.WorkflowExecution;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SWF's API buckets, per account and region and per run, on a frozen clock with throttling
 * {@code swf:0.01}: a call past its bucket is SWF's {@code ThrottlingException} "Rate exceeded" until
 * the clock is moved on; with throttling off nothing is ever refused for its rate.
 */
class ThrottledEngineTest {

    private static EngineFixture throttled(double scale) {
        return new EngineFixture(b -> b.throttling(Throttling.swf(scale)));
    }

    private static void listDomains(EngineFixture f) {
        f.swf.listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED).build());
    }

    private static void assertThrottled(Executable call, String api) {
        assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(SwfFault.class, fault -> {
                    assertThat(fault.type()).isEqualTo(FaultType.ThrottlingException);
                    assertThat(fault.type().wireType()).isEqualTo("com.amazon.coral.availability#ThrottlingException");
                    assertThat(fault.getMessage()).isEqualTo("Rate exceeded");
                    assertThat(fault.detail()).startsWith(api + ":");
                });
    }

    @Test
    void aCallPastItsApisBucketIsThrottlingExceptionRateExceeded() {
        try (EngineFixture f = throttled(0.01)) {
            listDomains(f); // ListDomains: 100 tokens, 6 a second; at 0.01 one token, 0.06 a second

            assertThrottled(() -> listDomains(f), "ListDomains");
            assertThatThrownBy(() -> listDomains(f)).isInstanceOfSatisfying(SwfFault.class, fault ->
                    assertThat(fault.detail()).as("for the server's log, never the message").isEqualTo("ListDomains: the "
                            + "account's bucket of 1 token is empty; it gains 0.06 a second on the engine's clock "
                            + "(throttling swf:0.01)"));
        }
    }

    @Test
    void aFrozenClockKeepsTheBucketEmptyUntilItIsAdvancedByTheRefillInterval() {
        try (EngineFixture f = throttled(0.01)) {
            listDomains(f);
            for (int i = 0; i < 20; i++) {
                assertThrottled(() -> listDomains(f), "ListDomains");
            }

            f.clock.advance(Duration.ofSeconds(16));
            assertThrottled(() -> listDomains(f), "ListDomains");
            f.clock.advance(Duration.ofSeconds(1));
            listDomains(f);
            assertThrottled(() -> listDomains(f), "ListDomains");
        }
    }

    @Test
    void eachApiHasItsOwnBucket() {
        try (EngineFixture f = throttled(0.01)) {
            listDomains(f);
            assertThrottled(() -> listDomains(f), "ListDomains");

            f.swf.describeDomain(new DescribeDomainRequest(DOMAIN));
            f.swf.describeDomain(new DescribeDomainRequest(DOMAIN));
            assertThrottled(() -> f.swf.describeDomain(new DescribeDomainRequest(DOMAIN)),
                    "DescribeDomain");
        }
    }

    @Test
    void resetFillsEveryBucketAgain() {
        try (EngineFixture f = throttled(0.01)) {
            listDomains(f);
            assertThrottled(() -> listDomains(f), "ListDomains");

            f.emulator.reset();

            listDomains(f);
        }
    }

    @Test
    void offNothingIsEverRefusedForItsRate() {
        try (EngineFixture f = new EngineFixture()) {
            for (int i = 0; i < 250; i++) { // ListDomains' bucket holds 100 and the clock is frozen
                listDomains(f);
            }
        }
    }

    @Test
    void historyReadsHaveABucketPerRun() {
        try (EngineFixture f = throttled(0.01)) { // per run 400 / 200 a second: 4 tokens, 2 a second
            WorkflowExecution a = f.start("a");
            WorkflowExecution b = f.start("b");
            for (int i = 0; i < 4; i++) {
                f.history(a);
            }

            assertThrottled(() -> f.history(a), "GetWorkflowExecutionHistory");
            f.history(b);
            f.clock.advance(Duration.ofMillis(500));
            f.history(a);
        }
    }

    @Test
    void signalsHaveABucketPerRun() {
        try (EngineFixture f = throttled(0.01)) { // per run 1000 / 1000: 10 tokens; per account 2000 / 30: 20
            f.start("a");
            f.start("b");
            Consumer<String> signal = id -> f.swf.signalWorkflowExecution(SignalWorkflowExecutionRequest.builder()
                    .domain(DOMAIN).workflowId(id).signalName("s").build());
            for (int i = 0; i < 10; i++) {
                signal.accept("a");
            }

            assertThrottled(() -> signal.accept("a"), "SignalWorkflowExecution");
            signal.accept("b");
        }
    }

    @Test
    void cancelRequestsHaveABucketPerRun() {
        try (EngineFixture f = throttled(0.01)) { // per run 200 / 200: 2 tokens; per account 2000 / 30: 20
            f.start("a");
            f.start("b");
            Consumer<String> cancel = id -> f.swf.requestCancelWorkflowExecution(
                    RequestCancelWorkflowExecutionRequest.builder().domain(DOMAIN).workflowId(id).build());
            cancel.accept("a");
            cancel.accept("a");

            assertThrottled(() -> cancel.accept("a"), "RequestCancelWorkflowExecution");
            cancel.accept("b");
        }
    }

    @Test
    void heartbeatsHaveABucketPerRun() {
        try (EngineFixture f = throttled(0.01)) { // per run 1000 / 1000: 10 tokens; per account 2000 / 160: 20
            f.start("a");
            f.decide(f.pollDecision().taskToken(), activity("x"));
            String token = f.pollActivity().taskToken();
            Runnable heartbeat = () -> f.swf.recordActivityTaskHeartbeat(
                    RecordActivityTaskHeartbeatRequest.builder().taskToken(token).build());
            for (int i = 0; i < 10; i++) {
                heartbeat.run();
            }

            assertThrottled(heartbeat::run, "RecordActivityTaskHeartbeat");
            f.clock.advance(Duration.ofMillis(100));
            heartbeat.run();
        }
    }

    @Test
    void theAccountsBucketAppliesAcrossRuns() {
        try (EngineFixture f = throttled(0.01)) { // per account 2000 / 60: 20 tokens; per run 4
            WorkflowExecution[] runs = new WorkflowExecution[6];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = f.start("r" + i);
            }
            for (int i = 0; i < 20; i++) {
                f.history(runs[i % 5]);
            }

            assertThrottled(() -> f.swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder()
                    .domain(DOMAIN).execution(runs[5]).build()), "GetWorkflowExecutionHistory");
        }
    }
}
