package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, {@code bin/swf-relay}, as a user runs it: classes come from its
 * class-data archive (picocli's too), and a distribution moved elsewhere, which the archive does
 * not fit, still runs, on the JVM's own archive. The JVM logs where each class came from.
 */
class LauncherIT {

    private static final Duration LONG = Duration.ofSeconds(90);
    private static final Path DIST = CliProcess.repositoryRoot().resolve("cli/target/dist");
    private static final String SHARED = "source: shared objects file";

    @TempDir
    Path dir;

    @Test
    void commandsLoadTheirClassesFromTheArchive() throws Exception {
        List<String> loaded = versionLoading(DIST);

        assertThat(loaded).anyMatch(line -> line.contains(" picocli.CommandLine " + SHARED))
                .anyMatch(line -> line.contains(" dev.swfrelay.cli.Main " + SHARED));
    }

    @Test
    void serveMapsItsOwnSmallerArchiveAndLoadsItsClassesFromIt() throws Exception {
        assertMapsItsArchiveAndLoadsItsClassesFromIt("serve", "swf-relay-serve.jsa", "dev.swfrelay.cli.command.ServeCommand");
    }

    @Test
    void commandsThatCallSwfMapTheClientsSmallerArchiveAndLoadTheirClassesFromIt() throws Exception {
        assertMapsItsArchiveAndLoadsItsClassesFromIt("list", "swf-relay-client.jsa", "dev.swfrelay.cli.command.ListCommand");
    }

    /** {@code COMMAND --help} maps lib/{@code archive}, smaller than the full one, and loads {@code commandClass} from it. */
    private void assertMapsItsArchiveAndLoadsItsClassesFromIt(String command, String archive, String commandClass)
            throws Exception {
        Path cds = dir.resolve(command + "-cds.log");
        Path classes = dir.resolve(command + "-class-load.log");
        // -Xshare:on: the archive the launcher passes must map, or the JVM stops
        CliProcess help = CliProcess.startWith(List.of(DIST.resolve("bin/swf-relay").toString()), dir,
                Map.of("SWF_RELAY_JAVA_OPTS", "-Xshare:on -Xlog:cds=info:file=" + cds + " -Xlog:class+load=info:file=" + classes),
                command, "--help");

        assertThat(help.waitFor(LONG)).as(help.stderr()).isZero();
        assertThat(help.stdout()).contains("Usage: swf-relay " + command);
        String mapped = DIST.toRealPath().resolve("lib/" + archive).toString();
        assertThat(Files.readAllLines(cds)).anyMatch(line -> line.contains("Opened archive " + mapped));
        assertThat(Files.readAllLines(classes)).anyMatch(line -> line.contains(" " + commandClass + " " + SHARED));
        assertThat(Files.size(DIST.resolve("lib/" + archive))).isLessThan(Files.size(DIST.resolve("lib/swf-relay.jsa")));
    }

    @Test
    void aMovedDistributionRunsWithoutTheArchiveItDoesNotFit() throws Exception {
        Path moved = dir.resolve("swf-relay");
        copyTree(DIST, moved);

        List<String> loaded = versionLoading(moved);

        assertThat(loaded).anyMatch(line -> line.contains(" java.lang.Object " + SHARED))
                .anyMatch(line -> line.contains(" picocli.CommandLine source: file:" + moved));
    }

    /** Runs {@code DIST/bin/swf-relay --version} and returns its JVM's class-loading log. */
    private List<String> versionLoading(Path dist) throws Exception {
        Path launcher = dist.resolve("bin/swf-relay");
        assertThat(launcher).as("the distribution; build it first (mvn -pl cli -am package)").isExecutable();
        Path log = dir.resolve("class-load-" + System.nanoTime() + ".log");
        // -Xshare:on: an archive the launcher passes must map, or the JVM stops
        CliProcess version = CliProcess.startWith(List.of(launcher.toString()), dir,
                Map.of("SWF_RELAY_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log), "--version");

        assertThat(version.waitFor(LONG)).as(version.stderr()).isZero();
        assertThat(version.stdout()).contains("swf-relay 0.1.0");
        return Files.readAllLines(log);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
