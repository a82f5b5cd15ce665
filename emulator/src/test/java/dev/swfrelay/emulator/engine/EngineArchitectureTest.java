package dev.swfrelay.emulator.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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

    private static final String E = "dev.swfrelay.emulator.engine.";

    /**
     * The entities' state machines, each in its SWF concept's {@code state} package (below the
     * run, whose fold moves them): only their own transitions write their fields.
     */
    private static final String[] ENTITIES = {E + "decision.state..", E + "activity.state..", E + "timer.state..",
            E + "child.state..", E + "lambda.state.."};

    /** The live services, one package per SWF concept, next to (above) that concept's state. */
    private static final String[] SERVICES = {E + "decision", E + "activity", E + "timer", E + "child", E + "lambda",
            E + "external", E + "run"};

    @Test
    void enginePackagesAreFreeOfCycles() {
        slices().matching("dev.swfrelay.emulator.engine.(**)").should().beFreeOfCycles()
                .allowEmptyShould(false)
                .because("a newcomer follows a request down the engine's packages, never round in a circle "
                        + "(issue 22: the facade over the services, the services over the run, the run over its "
                        + "entities; each package on its own, as a concept's service and its state are two packages)")
                .check(ENGINE);
    }

    @Test
    void theEngineIsLayeredFacadeServicesRunEntities() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Facade").definedBy(E + "facade..")
                .layer("Decision").definedBy(E + "decision")
                .layer("Services").definedBy(java.util.Arrays.stream(SERVICES).filter(p -> !p.endsWith(".decision"))
                        .toArray(String[]::new))
                .layer("Shared").definedBy(E + "shared..")
                .layer("Run").definedBy(E + "run.state..")
                .layer("Entities").definedBy(ENTITIES)
                .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
                .whereLayer("Decision").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Facade", "Decision", "Services")
                .whereLayer("Shared").mayOnlyBeAccessedByLayers("Facade", "Decision", "Services")
                .whereLayer("Run").mayOnlyBeAccessedByLayers("Facade", "Decision", "Services", "Shared")
                .whereLayer("Entities").mayOnlyBeAccessedByLayers("Facade", "Decision", "Services", "Shared", "Run")
                .because("SwfEngine routes each operation to its concept's service; the decision responder dispatches "
                        + "each decision to its concept's handler; a service records events on a run; the run's fold "
                        + "moves its entities. What must happen next (a decision task due, a run closed with a parent "
                        + "to tell) is returned upward and done by the caller, never called back (issue 22)")
                .check(ENGINE);
    }

    @Test
    void entitiesNeverDependOnTheEnginesServicesNorOnTheirRun() {
        String[] above = java.util.stream.Stream.concat(java.util.Arrays.stream(SERVICES), java.util.stream.Stream.of(
                E + "run.state..", E + "shared..", E + "facade..", E + "visibility..", E + "registry..",
                E + "change..")).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(ENTITIES)
                .should().dependOnClassesThat().resideInAnyPackage(above)
                .allowEmptyShould(false)
                .because("an entity is a state machine its run's fold moves; it returns what must happen next and "
                        + "the caller does it (issue 22)")
                .check(ENGINE);
    }

    @Test
    void theRunCallsNoService() {
        String[] services = java.util.stream.Stream.concat(java.util.Arrays.stream(SERVICES), java.util.stream.Stream.of(
                E + "shared..", E + "facade..", E + "visibility..", E + "registry..")).toArray(String[]::new);
        noClasses().that().resideInAPackage(E + "run.state..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .allowEmptyShould(false)
                .because("a run changes only by folding the events it records, on the live path and on restore alike; "
                        + "what follows (a decision task due, a parent to tell) is for its caller to do (issue 22)")
                .check(ENGINE);
    }

    @Test
    void entitiesAndRunsKeepTheirFieldsPrivate() {
        String[] owners = java.util.stream.Stream.concat(java.util.Arrays.stream(ENTITIES),
                java.util.stream.Stream.of(E + "run.state..")).toArray(String[]::new);
        fields().that().areDeclaredInClassesThat().resideInAnyPackage(owners).and().areNotStatic()
                .should().bePrivate()
                .allowEmptyShould(false)
                .because("each entity's state is written by its own transitions only (issue 22)")
                .check(ENGINE);
    }
}
