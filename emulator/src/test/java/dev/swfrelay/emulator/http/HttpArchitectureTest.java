package dev.swfrelay.emulator.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Netty lives only in emulator.http and Jackson only there and in the public SWF JSON codec
 * (emulator.json); the HTTP layer routes and maps, and uses the engine only through its entry points.
 * Its concerns are one sub-package each (transport, protocol, auth, routes), depending one way.
 */
class HttpArchitectureTest {

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.swfrelay.emulator");

    @Test
    void theRulesSeeTheHttpAndJunitPackages() {
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().startsWith("dev.swfrelay.emulator.http")).count())
                .isGreaterThan(10);
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.junit")).count())
                .isGreaterThanOrEqualTo(3);
        assertThat(EMULATOR.stream().filter(c -> c.getPackageName().equals("dev.swfrelay.emulator.json")).count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void nettyStaysInTheHttpPackage() {
        noClasses().that().resideOutsideOfPackage("dev.swfrelay.emulator.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..")
                .because("the wire protocol is a plug-in on the engine (STYLE.md, habit 7); the JUnit extension talks HTTP through the SDK")
                .check(EMULATOR);
    }

    @Test
    void jacksonStaysInTheHttpPackageAndTheJsonCodec() {
        noClasses().that().resideOutsideOfPackages("dev.swfrelay.emulator.http..", "dev.swfrelay.emulator.json")
                .and().haveNameNotMatching("dev\\.swfrelay\\.emulator\\.Swf(Emulator|Console)Server(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("SWF's JSON is written once, in the public codec emulator.json that the server, the CLI and "
                        + "replay share; the engine and the JUnit extension see core's model only (STYLE.md, habit 7); "
                        + "the servers' wiring at the emulator's root only hands the codec's mapper to the HTTP layer")
                .check(EMULATOR);
    }

    @Test
    void theJsonCodecKnowsNeitherTransportNorEngine() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.json")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "dev.swfrelay.emulator.http..",
                        "dev.swfrelay.emulator.engine..")
                .because("the codec maps SWF's JSON onto core's model and nothing else, so the CLI and replay can use it "
                        + "without a server")
                .check(EMULATOR);
    }

    @Test
    void theSdkInTheHttpPackageIsTheSignatureCheckAlone() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.http..").and().doNotHaveSimpleName("SignatureCheck")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
                .because("a guarded server recomputes SigV4 signatures with the SDK's own signer, in one class; the rest "
                        + "of the HTTP layer speaks Netty and core's model (ADR 0008)")
                .check(EMULATOR);
        classes().that().haveSimpleName("SignatureCheck").and().resideInAPackage("dev.swfrelay.emulator.http..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.auth.signer..")
                .because("the signature is the SDK signer's, never a hand-written HMAC chain (issue 14)")
                .check(EMULATOR);
    }

    @Test
    void httpUsesTheEngineOnlyThroughItsEntryPoints() {
        classes().that().resideInAPackage("dev.swfrelay.emulator.http..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("dev.swfrelay.emulator.engine.facade..",
                        "dev.swfrelay.emulator.engine.shared..", "dev.swfrelay.emulator.engine.external..",
                        "dev.swfrelay.emulator.engine.registry..", "dev.swfrelay.emulator.engine.task..",
                        "dev.swfrelay.emulator.engine.run..", "dev.swfrelay.emulator.engine.decision..",
                        "dev.swfrelay.emulator.engine.activity..", "dev.swfrelay.emulator.engine.timer..",
                        "dev.swfrelay.emulator.engine.child..", "dev.swfrelay.emulator.engine.lambda..",
                        "dev.swfrelay.emulator.engine.lifecycle..", "dev.swfrelay.emulator.engine.visibility..")
                .because("the HTTP layer serves SwfService (SwfEmulator.service()) and only routes, decodes, encodes and maps faults")
                .check(EMULATOR);
    }

    @Test
    void requestsReachTheServiceByDirectCallsNotReflection() {
        noClasses().that().resideInAPackage("dev.swfrelay.emulator.http..")
                .should().dependOnClassesThat().resideInAPackage("java.lang.reflect")
                .because("each operation is a generated direct call on SwfService (SwfOperations, issue 22): a reader, a "
                        + "tool and the JIT can follow a request from its X-Amz-Target into the engine")
                .check(EMULATOR);
        assertThat(EMULATOR.stream().filter(c -> c.getSimpleName().equals("SwfOperations")
                && c.getPackageName().equals("dev.swfrelay.emulator.http.protocol"))).hasSize(1);
    }

    @Test
    void theHttpLayersConcernsDependOneWay() {
        assertThat(EMULATOR.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith("dev.swfrelay.emulator.http."))
                .distinct()).containsExactlyInAnyOrder("dev.swfrelay.emulator.http.transport",
                "dev.swfrelay.emulator.http.protocol", "dev.swfrelay.emulator.http.auth", "dev.swfrelay.emulator.http.routes");
        slices().matching("dev.swfrelay.emulator.http.(*)..").should().beFreeOfCycles()
                .because("transport uses SWF's protocol, the routes and the SigV4 check; routes use the protocol's "
                        + "answers and the accounts; the protocol and the SigV4 check need neither transport nor routes (issue 22)")
                .check(EMULATOR);
        noClasses().that().resideInAnyPackage("dev.swfrelay.emulator.http.protocol..", "dev.swfrelay.emulator.http.auth..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.swfrelay.emulator.http.transport..",
                        "dev.swfrelay.emulator.http.routes..")
                .because("SWF's protocol and SigV4 are read without the transport or the emulator's own routes (issue 22)")
                .check(EMULATOR);
    }
}
