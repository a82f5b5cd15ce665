package dev.swfrelay.emulator.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
                        "software.amazon.awssdk..", "dev.swfrelay.emulator.http..")
                .because("the engine is SWF's semantics only; the wire protocol lives in emulator.http (STYLE.md, habit 7)");
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
}
