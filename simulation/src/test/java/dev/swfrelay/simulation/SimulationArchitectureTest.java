package dev.swfrelay.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What keeps a simulation deterministic and in process, each rule with its reason; none may pass vacuously. */
class SimulationArchitectureTest {

    private static final String SIMULATION = "dev.swfrelay.simulation..";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.simulation");

    @Test
    void simulationStaysInProcess() {
        noClasses().that().resideInAPackage(SIMULATION)
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "software.amazon..",
                        "dev.swfrelay.emulator.http..", "dev.swfrelay.emulator.journal..")
                .because("a simulation runs the engine on one thread in this process: no server, no "
                        + "network, no disk (ADR 0013)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void noWallClockAndNoUnseededRandomness() {
        noClasses().that().resideInAPackage(SIMULATION)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().dependOnClassesThat().areAssignableTo(Random.class)
                .because("the same seed must give the same histories: time is the virtual clock's and every "
                        + "choice comes from the seed's SplittableRandom (ADR 0013)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void noHashOrderedCollectionIsIterated() {
        noClasses().that().resideInAPackage(SIMULATION)
                .and().doNotHaveSimpleName("FaultDice").and().doNotHaveSimpleName("ReplayCheck")
                .and().doNotHaveSimpleName("BuiltInInvariants")
                .should().dependOnClassesThat().belongToAnyOf(HashMap.class, HashSet.class)
                .because("a choice made in hash order can differ between JVMs; FaultDice, ReplayCheck and "
                        + "BuiltInInvariants only look keys up, never iterate (ADR 0013)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void noMutableStaticFields() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(SIMULATION)
                .should().beFinal()
                .because("two simulations in one JVM must not share state (STYLE.md habit 5)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
