package dev.swfrelay.emulator.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Netty and Jackson live only in emulator.http; the HTTP layer routes and maps, and uses the engine only through its entry points. */
class HttpArchitectureTest {

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.emulator");

    @Test
    void theRulesSeeTheHttpAndJunitPackages() {
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.http")).count())
                .isGreaterThan(10);
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.junit")).count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void nettyAndJacksonStayInTheHttpPackage() {
        noClasses().that().resideOutsideOfPackage("dev.swfrelay.emulator.http")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.fasterxml.jackson..")
                .because("the wire protocol is a plug-in on the engine (STYLE.md, habit 7); the JUnit extension talks HTTP through the SDK")
                .check(EMULATOR);
    }

    @Test
    void httpUsesTheEngineOnlyThroughItsEntryPoints() {
        classes().that().resideInAPackage("dev.swfrelay.emulator.http")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("dev.swfrelay.emulator.engine.execution..",
                        "dev.swfrelay.emulator.engine.registry..", "dev.swfrelay.emulator.engine.task..")
                .because("the HTTP layer serves SwfService (SwfEmulator.service()) and only routes, decodes, encodes and maps faults")
                .check(EMULATOR);
    }
}
