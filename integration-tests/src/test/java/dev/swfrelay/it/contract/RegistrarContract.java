package dev.swfrelay.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.api.RegisterActivityTypeRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.RegisterWorkflowTypeRequest;
import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.port.Registrar;
import org.junit.jupiter.api.Test;

/** {@link Registrar}: idempotent registration that reports conflicting defaults, on every backend. */
abstract class RegistrarContract extends ContractSuite {

    private Registrar registrar() {
        return fx.ports.registrar();
    }

    @Test
    void registeringDomainTwiceIsFine() {
        assumeNotLive("a domain registered on a real account cannot be deleted");
        RegisterDomainRequest domain = RegisterDomainRequest.builder().name("registrar-" + fx.id)
                .workflowExecutionRetentionPeriodInDays("3").build();

        assertThat(registrar().registerDomain(domain)).isTrue();
        assertThat(registrar().registerDomain(domain)).isFalse();
    }

    @Test
    void registeringWorkflowTypeTwiceIsFine() {
        RegisterWorkflowTypeRequest type = Fixture.workflowType(fx.domain, "RegistrarFlow", "v-" + fx.id);

        assertThat(registrar().registerWorkflowType(type)).isTrue();
        assertThat(registrar().registerWorkflowType(type)).isFalse();
    }

    @Test
    void registeringActivityTypeTwiceIsFine() {
        RegisterActivityTypeRequest type = Fixture.activityType(fx.domain, "RegistrarWork", "v-" + fx.id);

        assertThat(registrar().registerActivityType(type)).isTrue();
        assertThat(registrar().registerActivityType(type)).isFalse();
    }

    @Test
    void workflowTypeWithOtherDefaultsIsReported() {
        RegisterWorkflowTypeRequest type = Fixture.workflowType(fx.domain, "RegistrarFlow", "d-" + fx.id);
        registrar().registerWorkflowType(type);

        assertThatThrownBy(() -> registrar().registerWorkflowType(type.toBuilder()
                .defaultTaskStartToCloseTimeout(Timeout.ofSeconds(5)).build()))
                .isInstanceOfSatisfying(SwfFault.class, fault -> {
                    assertThat(fault.type()).isEqualTo(FaultType.TypeAlreadyExistsFault);
                    assertThat(fault.getMessage()).isEqualTo("WorkflowType=[name=RegistrarFlow, version=d-" + fx.id + "]");
                    assertThat(fault.detail()).contains("defaultTaskStartToCloseTimeout is 60, not 5");
                });
    }

    @Test
    void activityTypeWithOtherDefaultsIsReported() {
        RegisterActivityTypeRequest type = Fixture.activityType(fx.domain, "RegistrarWork", "d-" + fx.id);
        registrar().registerActivityType(type);

        assertThatThrownBy(() -> registrar().registerActivityType(type.toBuilder()
                .defaultTaskHeartbeatTimeout(Timeout.NONE).build()))
                .isInstanceOfSatisfying(SwfFault.class, fault -> {
                    assertThat(fault.type()).isEqualTo(FaultType.TypeAlreadyExistsFault);
                    assertThat(fault.getMessage()).isEqualTo("ActivityType=[name=RegistrarWork, version=d-" + fx.id + "]");
                    assertThat(fault.detail()).contains("defaultTaskHeartbeatTimeout is 5, not NONE");
                });
    }

    @Test
    void registeringTypeInUnknownDomainIsUnknownResource() {
        assertThatThrownBy(() -> registrar().registerActivityType(
                Fixture.activityType("no-such-domain-" + fx.id, "W", "1")))
                .isInstanceOfSatisfying(SwfFault.class,
                        fault -> assertThat(fault.type()).isEqualTo(FaultType.UnknownResourceFault));
    }
}
