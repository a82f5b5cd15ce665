package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;

/**
 * The image's Java is the jlink runtime the build made from jdeps' findings (docker/runtime.sh,
 * ADR 0014), and the class-data archive fits it. That the server runs on it, A then B included,
 * is what {@link SwfRelayContainerIT} and the other container tests show on the same image.
 */
@ExtendWith(DockerEngineAvailable.class)
class RuntimeImageIT {

    /** Modules jdeps finds that only optional code reaches (each one's reason: docker/runtime.sh). */
    private static final Set<String> LEFT_OUT = Set.of("java.desktop", "java.sql", "java.security.jgss");
    /** A security provider jdeps cannot see: elliptic-curve TLS for an https endpoint. */
    private static final Set<String> ADDED = Set.of("jdk.crypto.ec");

    @Test
    void theRuntimeHoldsWhatJdepsFoundLessTheOptionalModulesAndWhatTheyRequire() {
        String[] lines = run("cat /opt/swf-relay/java/swf-relay-modules && /opt/swf-relay/java/bin/java --list-modules")
                .strip().split("\n");
        Set<String> jdeps = names(lines[0], "jdeps ");
        Set<String> jlink = names(lines[1], "jlink ");
        Set<String> listed = Arrays.stream(lines).skip(2).map(l -> l.strip().replaceFirst("@.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(jdeps).as("what jdeps found in the jar").contains("java.base", "jdk.unsupported").containsAll(LEFT_OUT);
        Set<String> expected = new TreeSet<>(jdeps);
        expected.removeAll(LEFT_OUT);
        expected.addAll(ADDED);
        assertThat(jlink).as("the modules given to jlink").isEqualTo(expected);
        assertThat(listed).as("java --list-modules in the image").isEqualTo(requiresClosure(expected))
                .doesNotContainAnyElementsOf(LEFT_OUT);
    }

    @Test
    void theEntryPointsJavaMapsTheApplicationsClassesFromTheArchive() {
        String log = run("/opt/swf-relay/java/bin/java -XX:SharedArchiveFile=/opt/swf-relay/swf-relay.jsa -Xshare:on "
                + "-Xlog:class+load=info -jar /opt/swf-relay/swf-relay.jar --version");

        assertThat(log).contains("swf-relay 0.1.0")
                .containsPattern("dev\\.swfrelay\\.cli\\.Main source: shared objects file")
                .containsPattern("picocli\\.CommandLine source: shared objects file");
    }

    /** The modules jlink puts in a runtime for these roots: them and what they require, transitively. */
    private static Set<String> requiresClosure(Set<String> roots) {
        return Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), roots).modules().stream()
                .map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(String line, String prefix) {
        assertThat(line).startsWith(prefix);
        return Arrays.stream(line.substring(prefix.length()).strip().split(","))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String run(String script) {
        String image = System.getProperty("swf-relay.image", SwfRelayContainer.DEFAULT_IMAGE);
        try (GenericContainer<?> container = new GenericContainer<>(image)
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("/bin/bash", "-c", script))
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
            container.start();
            return container.getLogs();
        }
    }
}
