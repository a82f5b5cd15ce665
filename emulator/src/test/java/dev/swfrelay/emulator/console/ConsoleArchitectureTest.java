package dev.swfrelay.emulator.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The console reads and acts through SWF's protocol; its package knows nothing of the engine. */
class ConsoleArchitectureTest {

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.emulator");

    @Test
    void theRuleSeesTheConsolePackage() {
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.console")).count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theConsoleDoesNotReachIntoTheEngine() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.console..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.swfrelay.emulator.engine..", "dev.swfrelay.emulator.http..")
                .because("the console has one path into state, SWF's protocol through SwfService (DESIGN.md, Console)")
                .check(EMULATOR);
    }
}
