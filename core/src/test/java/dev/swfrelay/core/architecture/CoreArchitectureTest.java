package dev.swfrelay.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's rules for {@code core}, each with its reason. Every rule refuses to pass
 * vacuously ({@code allowEmptyShould(false)}): a renamed package makes it fail, not pass.
 */
class CoreArchitectureTest {

    private static final String CORE = "dev.swfrelay.core..";
    private static final String RUNTIME = "dev.swfrelay.core.runtime..";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.core");

    @Test
    void coreDependsOnNoAwsNettyOrJacksonClass() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "io.netty..", "com.fasterxml.jackson..")
                .because("core is the workflow logic behind ports and must run with no network stack, "
                        + "no JSON library and no AWS SDK (docs/ARCHITECTURE.md, module table)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void noMutableStaticFields() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(CORE)
                .should().beFinal()
                .because("mutable statics are hidden global state shared by every runner, worker and test "
                        + "in the JVM (STYLE.md habit 5)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void noWallClockReadsAnywhereInCore() {
        noClasses().that().resideInAPackage(CORE)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("time is injected: deciders decide from history alone and tests move a clock "
                        + "instead of waiting (STYLE.md habit 4)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void onlyTheRuntimesTransportCodeSleeps() {
        sleepingOutside(RUNTIME).check(CLASSES);
    }

    @Test
    void theSleepRuleWouldCatchASleepOutsideTheRuntime() {
        assertThatThrownBy(() -> sleepingOutside("dev.swfrelay.core.nothing..").check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Sleeper");
    }

    @Test
    void theModelDependsOnNothingElseInCore() {
        noClasses().that().resideInAnyPackage("dev.swfrelay.core.model..", "dev.swfrelay.core.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.swfrelay.core.port..", "dev.swfrelay.core.service..", "dev.swfrelay.core.runtime..",
                        "dev.swfrelay.core.decider..", "dev.swfrelay.core.worker..", "dev.swfrelay.core.pipeline..",
                        "dev.swfrelay.core.testing..")
                .because("the model is SWF's vocabulary, generated from its service model; everything else "
                        + "builds on it, never the other way round")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void pipelineAndHistoryBuilderArePureOfTransportAndThreads() {
        noClasses().that().resideInAnyPackage("dev.swfrelay.core.pipeline..", "dev.swfrelay.core.testing..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.swfrelay.core.port..", "dev.swfrelay.core.service..", "dev.swfrelay.core.runtime..",
                        "dev.swfrelay.core.worker..", "java.util.concurrent..", "java.net..", "java.io..")
                .because("a decider is a pure function of the history: the same history must yield the same "
                        + "decisions on every replay")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void aRuleOverAPackageThatDoesNotExistFails() {
        ArchRule renamed = noClasses().that().resideInAPackage("dev.swfrelay.core.renamed..")
                .should().dependOnClassesThat().resideInAPackage("io.netty..")
                .allowEmptyShould(false);

        assertThatThrownBy(() -> renamed.check(CLASSES)).isInstanceOf(AssertionError.class);
        assertThat(CLASSES.containPackage("dev.swfrelay.core.runtime")).isTrue();
    }

    private static ArchRule sleepingOutside(String allowedPackage) {
        return noClasses().that().resideInAPackage(CORE).and().resideOutsideOfPackage(allowedPackage)
                .should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .because("sleeping is for transport back-off only; workflow waits are SWF timers and tests "
                        + "synchronise with latches or Awaitility (STYLE.md habit 4)")
                .allowEmptyShould(false);
    }
}
