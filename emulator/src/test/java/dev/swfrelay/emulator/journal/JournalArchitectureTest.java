package dev.swfrelay.emulator.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The journal plugs in at the top, as the HTTP layer does: the engine knows only its ChangeLog. */
class JournalArchitectureTest {

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.emulator");

    @Test
    void theRulesSeeTheJournalAndTheEngine() {
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.journal")).count())
                .isGreaterThan(5);
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.engine.change")).count())
                .isGreaterThan(5);
    }

    @Test
    void theEngineDoesNotKnowTheJournal() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.engine..")
                .should().dependOnClassesThat().resideInAPackage("dev.swfrelay.emulator.journal..")
                .because("the engine tells its changes to a ChangeLog; how they are kept is the journal's business, "
                        + "plugged in at the top like the HTTP layer (STYLE.md, layering)")
                .check(EMULATOR);
    }

    @Test
    void theJournalSpeaksSwfJsonOnlyThroughThePublicCodec() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "io.netty..",
                        "dev.swfrelay.emulator.http..")
                .because("records are SWF's JSON written by the one codec, SwfJson; the journal needs no transport")
                .check(EMULATOR);
    }
}
