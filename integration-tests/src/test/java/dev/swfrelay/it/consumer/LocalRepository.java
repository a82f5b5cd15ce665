package dev.swfrelay.it.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private Maven local repository for a consumer build: every group of the user's
 * {@code ~/.m2/repository} linked in read-through, and this build's own artifacts copied in
 * as {@code mvn install} would lay them out. The consumer resolves exactly what a user gets
 * after {@code mvn install}, without this test installing a snapshot into the shared repository.
 */
final class LocalRepository {

    static final String GROUP_PATH = "dev/swfrelay";
    static final String VERSION = "0.1.0-SNAPSHOT";

    private final Path root;

    private LocalRepository(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    static LocalRepository linkedTo(Path userRepository, Path root) throws IOException {
        linkEntries(userRepository, root, "dev");
        Path dev = userRepository.resolve("dev");
        Files.createDirectories(root.resolve("dev"));
        if (Files.isDirectory(dev)) {
            linkEntries(dev, root.resolve("dev"), "swfrelay");
        }
        return new LocalRepository(root);
    }

    /** Installs the parent pom, then each module's pom and jar from its {@code target}. */
    LocalRepository withProjectModules(Path projectRoot, List<String> modules) throws IOException {
        install("swf-relay-parent", projectRoot.resolve("pom.xml"), null);
        for (String module : modules) {
            String artifactId = "swf-relay-" + module;
            Path jar = projectRoot.resolve(module).resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package the project first (mvn -B package -DskipTests)");
            }
            install(artifactId, projectRoot.resolve(module).resolve("pom.xml"), jar);
        }
        return this;
    }

    private void install(String artifactId, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(root.resolve(GROUP_PATH).resolve(artifactId).resolve(VERSION));
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }

    private static void linkEntries(Path from, Path to, String except) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.getFileName().toString().equals(except)) {
                    Files.createSymbolicLink(to.resolve(entry.getFileName()), entry);
                }
            }
        }
    }
}
