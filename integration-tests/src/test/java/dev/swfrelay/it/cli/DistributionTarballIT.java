package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code swf-relay-<version>.tar.gz} as a user gets it: unpacked with {@code tar} into a folder of
 * their own, its {@code bin/swf-relay} run from another working directory and through a symlink;
 * its class-data archive, which fits only the folder it was made in, remade there by
 * {@code bin/swf-relay-archive} and then used.
 */
class DistributionTarballIT {

    private static final Duration LONG = Duration.ofSeconds(90);
    private static final Path TARGET = CliProcess.repositoryRoot().resolve("cli/target");

    @TempDir
    Path dir;

    @Test
    void unpackedAnywhereItRunsFromAnotherFolderAndThroughASymlink() throws Exception {
        Path home = unpack();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        assertThat(home.resolve("bin/swf-relay")).isExecutable();
        assertThat(home.resolve("bin/swf-relay-archive")).isExecutable();
        assertThat(home.resolve("lib/swf-relay.jar")).isRegularFile();
        assertThat(home.resolve("lib/swf-relay.jsa")).isRegularFile();
        assertThat(home.resolve("lib/swf-relay.classlist")).isNotEmptyFile();
        assertThat(home.resolve("lib/swf-relay-serve.classlist")).isNotEmptyFile();
        assertThat(home.resolve("lib/swf-relay-client.classlist")).isNotEmptyFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");

        assertThat(version(List.of(home.resolve("bin/swf-relay").toString()), elsewhere, Map.of())).isEqualTo("swf-relay 0.1.0");

        Path link = Files.createSymbolicLink(elsewhere.resolve("swf-relay"), home.resolve("bin/swf-relay"));
        assertThat(version(List.of(link.toString()), elsewhere, Map.of())).isEqualTo("swf-relay 0.1.0");
    }

    @Test
    void theArchiveRemadeWhereItIsUnpackedServesItsClasses() throws Exception {
        Path home = unpack();
        Path log = dir.resolve("class-load.log");
        // -Xshare:on: an archive the launcher passes must map, or the JVM stops
        Map<String, String> logged = Map.of("SWF_RELAY_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log);
        List<String> launcher = List.of(home.resolve("bin/swf-relay").toString());

        version(launcher, dir, logged);
        assertThat(Files.readAllLines(log)).as("the archive made in cli/target/dist does not fit here")
                .anyMatch(line -> line.contains(" picocli.CommandLine source: file:" + home));

        CliProcess remake = CliProcess.startWith(List.of(home.resolve("bin/swf-relay-archive").toString()), dir, Map.of());
        assertThat(remake.waitFor(Duration.ofMinutes(5))).as(remake.stderr()).isZero();
        assertThat(home.resolve("lib/swf-relay-serve.jsa")).as("serve's own archive, remade too").isRegularFile();
        assertThat(home.resolve("lib/swf-relay-client.jsa")).as("the SWF clients' archive, remade too").isRegularFile();
        version(launcher, dir, logged);

        assertThat(Files.readAllLines(log))
                .anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"))
                .anyMatch(line -> line.contains(" dev.swfrelay.cli.Main source: shared objects file"));
    }

    /** Unpacks the build's tarball into {@code dir/unpacked} with {@code tar}; returns its one folder. */
    private Path unpack() throws Exception {
        Path tarball;
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().matches("swf-relay-.*\\.tar\\.gz")).toList();
            assertThat(found).as("the tarball; build it first (mvn -pl cli -am package)").hasSize(1);
            tarball = found.get(0);
        }
        String folder = tarball.getFileName().toString().replace(".tar.gz", "");
        Path into = Files.createDirectories(dir.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes());
        assertThat(tar.waitFor()).as(output).isZero();
        assertThat(listing(into)).as("one folder named as the tarball").containsExactly(folder);
        return into.resolve(folder);
    }

    /** Runs {@code LAUNCHER --version} in {@code workDir}; returns its standard output, trimmed. */
    private static String version(List<String> launcher, Path workDir, Map<String, String> env) throws Exception {
        CliProcess version = CliProcess.startWith(launcher, workDir, env, "--version");
        assertThat(version.waitFor(LONG)).as(version.stderr()).isZero();
        return version.stdout().trim();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
