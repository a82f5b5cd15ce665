package dev.swfrelay.emulator.http.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import io.netty.handler.codec.http.HttpMethod;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one list of SWF's reads, and what a gate that refuses changes lets through. */
class ChangeGateTest {

    private final ChangeGate refusing = new ChangeGate() {
        @Override
        public CompletableFuture<Void> whenDurable() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean refusesChanges() {
            return true;
        }
    };

    @Test
    void theReadsAreExactlySwfsCountDescribeGetAndListOperations() {
        Set<String> operations = Arrays.stream(SwfService.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1)
                .map(Method::getName).map(n -> Character.toUpperCase(n.charAt(0)) + n.substring(1))
                .collect(Collectors.toSet());

        assertThat(operations).hasSize(39).containsAll(ChangeGate.READS);
        assertThat(ChangeGate.READS).containsExactlyInAnyOrderElementsOf(operations.stream()
                .filter(n -> n.matches("(Count|Describe|Get|List).*")).toList());
    }

    @Test
    void aRefusingGateLetsReadsAndGetsThroughAndAnswersEverythingElseServiceUnavailable() {
        refusing.admitOperation("SimpleWorkflowService.GetWorkflowExecutionHistory");
        refusing.admitOperation("SimpleWorkflowService.ListDomains");
        refusing.admitRoute(HttpMethod.GET);

        for (String change : new String[] {"SimpleWorkflowService.PollForDecisionTask", "SimpleWorkflowService.RegisterDomain",
                "SimpleWorkflowService.RespondActivityTaskCompleted", null}) {
            assertThatThrownBy(() -> refusing.admitOperation(change)).isInstanceOfSatisfying(SwfFault.class,
                    fault -> assertThat(fault.type()).isEqualTo(FaultType.ServiceUnavailable));
        }
        assertThatThrownBy(() -> refusing.admitRoute(HttpMethod.POST)).isInstanceOf(SwfFault.class);
        ChangeGate.IN_MEMORY.admitOperation("SimpleWorkflowService.RegisterDomain");
    }
}
