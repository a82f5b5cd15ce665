package dev.swfrelay.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Host commands the recipe tests run as a user would type them: docker, docker-compose, python3. */
final class Commands {

    private Commands() {
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 3 minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    static boolean succeeds(String... command) {
        try {
            return run(List.of(command), Map.of()).exit() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The boto3 A-then-B script copied out of the test class path; its output names the result. */
    static Result boto3AThenB(Path tmp, String endpoint) throws IOException, InterruptedException {
        Path script = tmp.resolve("boto3_a_then_b.py");
        try (InputStream in = Commands.class.getResourceAsStream("/boto3_a_then_b.py")) {
            Files.copy(in, script);
        }
        return run(List.of("python3", script.toString(), endpoint), Map.of());
    }
}
