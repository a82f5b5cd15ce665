package dev.swfrelay.it.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another team's Maven project, written from scratch from the README's instructions
 * (a pom and a test class taken from {@code src/test/resources/consumer/}), built with the
 * real {@code mvn} in its own OS process, offline, against a {@link LocalRepository}.
 */
final class ConsumerProject {

    private final Path dir;

    private ConsumerProject(Path dir) {
        this.dir = dir;
    }

    static ConsumerProject from(Path dir, String pomResource, String testResource, String testClassPath) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), resource(pomResource));
        Path test = dir.resolve("src/test/java").resolve(testClassPath);
        Files.createDirectories(test.getParent());
        Files.writeString(test, resource(testResource));
        return new ConsumerProject(dir);
    }

    /** Runs {@code mvn -B -o test} with these extra environment variables; returns its exit code and output. */
    Build test(LocalRepository repository, Duration timeout, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = List.of("mvn", "-B", "-o", "test", "-Dmaven.repo.local=" + repository.root());
        Path log = dir.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process mvn = builder.start();
        if (!mvn.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            mvn.descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
            throw new AssertionError("the consumer build did not finish within " + timeout + ":\n" + Files.readString(log));
        }
        return new Build(mvn.exitValue(), Files.readString(log));
    }

    /** The consumer surefire's counts for one test class, from its XML report. */
    Counts counts(String testClass) throws IOException {
        Path report = dir.resolve("target/surefire-reports/TEST-" + testClass + ".xml");
        String suite = Files.readString(report).lines().filter(l -> l.contains("<testsuite")).findFirst()
                .orElseThrow(() -> new AssertionError("no <testsuite> in " + report));
        return new Counts(count(suite, "tests"), count(suite, "failures"), count(suite, "errors"), count(suite, "skipped"));
    }

    private static int count(String suite, String attribute) {
        Matcher m = Pattern.compile("\\b" + attribute + "=\"(\\d+)\"").matcher(suite);
        if (!m.find()) {
            throw new AssertionError("no " + attribute + " in " + suite);
        }
        return Integer.parseInt(m.group(1));
    }

    record Counts(int tests, int failures, int errors, int skipped) {
    }

    record Build(int exitCode, String output) {
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConsumerProject.class.getResourceAsStream("/consumer/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no resource consumer/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
