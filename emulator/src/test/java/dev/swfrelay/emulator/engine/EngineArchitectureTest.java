package dev.swfrelay.emulator.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.emulator.engine");

    @Test
    void theRuleSeesTheEngine() {
        assertThat(ENGINE.stream().filter(c -> c.getPackageName().startsWith("dev.swfrelay.emulator.engine")).count())
                .isGreaterThan(30);
    }

    @Test
    void engineIsFreeOfTransportLibraries() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.swfrelay.emulator.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.fasterxml.jackson..",
                        "software.amazon.awssdk..", "dev.swfrelay.emulator.http..", "io.prometheus..",
                        "dev.swfrelay.emulator.metrics..")
                .because("the engine is SWF's semantics only; the wire protocol lives in emulator.http and the metrics "
                        + "library in emulator.metrics, told through HistoryObserver (STYLE.md, habit 7; ADR 0012)");
        rule.check(ENGINE);
    }

    @Test
    void engineDoesNotReadTheSystemClockDirectly() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.swfrelay.emulator.engine..")
                .and().doNotHaveSimpleName("VirtualClock")
                .should().callMethod(java.time.Instant.class, "now")
                .because("workflow time comes from the injected VirtualClock so tests can move it (STYLE.md, habit 4)");
        rule.check(ENGINE);
    }

    /** The packages of the engine's entities: each one state machine, moved only by the run's fold. */
    private static final String[] ENTITIES = {"dev.swfrelay.emulator.engine.decision..",
            "dev.swfrelay.emulator.engine.activity..", "dev.swfrelay.emulator.engine.timer..",
            "dev.swfrelay.emulator.engine.child..", "dev.swfrelay.emulator.engine.lambda.."};

    @Test
    void enginePackagesAreFreeOfCycles() {
        slices().matching("dev.swfrelay.emulator.engine.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(false)
                .because("a newcomer follows a request down the engine's packages, never round in a circle "
                        + "(issue 22: services over the run, the run over its entities)")
                .check(ENGINE);
    }

    @Test
    void entitiesNeverDependOnTheEnginesServicesNorOnTheirRun() {
        noClasses().that().resideInAnyPackage(ENTITIES)
                .should().dependOnClassesThat().resideInAnyPackage("dev.swfrelay.emulator.engine.execution..",
                        "dev.swfrelay.emulator.engine.run..", "dev.swfrelay.emulator.engine.visibility..",
                        "dev.swfrelay.emulator.engine.registry..", "dev.swfrelay.emulator.engine.change..")
                .allowEmptyShould(false)
                .because("an entity is a state machine its run's fold moves; it returns what must happen next and "
                        + "the caller does it (issue 22)")
                .check(ENGINE);
    }

    @Test
    void theRunCallsNoService() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.engine.run..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.swfrelay.emulator.engine.execution..",
                        "dev.swfrelay.emulator.engine.visibility..", "dev.swfrelay.emulator.engine.registry..")
                .allowEmptyShould(false)
                .because("a run changes only by folding the events it records, on the live path and on restore alike; "
                        + "what follows (a decision task due) is for its caller to do (issue 22)")
                .check(ENGINE);
    }

    @Test
    void entitiesAndRunsKeepTheirFieldsPrivate() {
        String[] owners = java.util.stream.Stream.concat(java.util.Arrays.stream(ENTITIES),
                java.util.stream.Stream.of("dev.swfrelay.emulator.engine.run..")).toArray(String[]::new);
        fields().that().areDeclaredInClassesThat().resideInAnyPackage(owners).and().areNotStatic()
                .should().bePrivate()
                .allowEmptyShould(false)
                .because("each entity's state is written by its own transitions only (issue 22)")
                .check(ENGINE);
    }
}
