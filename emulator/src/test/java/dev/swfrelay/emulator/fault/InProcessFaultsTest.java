package dev.swfrelay.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.DomainInfos;
import dev.swfrelay.core.api.ListDomainsRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.emulator.SwfEmulator;
import org.junit.jupiter.api.Test;

/** The same rules in-process: SwfEmulator.service() passes calls through them only when given some. */
class InProcessFaultsTest {

    private static RegisterDomainRequest domain(String name) {
        return RegisterDomainRequest.builder().name(name).workflowExecutionRetentionPeriodInDays("1").build();
    }

    private static DomainInfos domains(SwfEmulator swf) {
        return swf.service().listDomains(ListDomainsRequest.builder().registrationStatus(RegistrationStatus.REGISTERED).build());
    }

    @Test
    void aLostAnswerIsAnExceptionSayingTheCallWasApplied() {
        FaultRules rules = FaultRules.seeded(3).add(FaultRule.named("lose").matching(RuleMatch.ANY.withOperation("RegisterDomain"))
                .firing(Firing.onNth(1)).doing(new FaultAction.LoseAnswer()));
        try (SwfEmulator swf = SwfEmulator.builder().faults(rules).build()) {
            assertThatThrownBy(() -> swf.service().registerDomain(domain("kept")))
                    .isInstanceOfSatisfying(AnswerLostException.class, lost -> assertThat(lost.applied()).isTrue())
                    .hasMessage("the answer to RegisterDomain was lost after the call was applied (fault rule 'lose')");

            assertThat(domains(swf).domainInfos()).extracting(d -> d.name()).containsExactly("kept");
        }
    }

    @Test
    void aDroppedCallIsAnExceptionAndNothingChanged() {
        FaultRules rules = FaultRules.seeded(3).add(FaultRule.named("drop").matching(RuleMatch.ANY.withDomain("gone"))
                .doing(new FaultAction.Drop()));
        try (SwfEmulator swf = SwfEmulator.builder().faults(rules).build()) {
            assertThatThrownBy(() -> swf.service().registerDomain(domain("gone")))
                    .isInstanceOfSatisfying(RequestDroppedException.class, dropped -> assertThat(dropped.applied()).isFalse());

            assertThat(domains(swf).domainInfos()).isEmpty();
        }
    }

    @Test
    void withoutRulesTheServiceIsTheEngineItself() {
        try (SwfEmulator swf = SwfEmulator.builder().build()) {
            assertThat(swf.service()).isNotInstanceOf(InterceptedSwfService.class);
        }
    }
}
