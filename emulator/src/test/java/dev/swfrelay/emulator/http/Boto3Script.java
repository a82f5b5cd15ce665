package dev.swfrelay.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A boto3 script of the test resources run against a server: what it prints on stdout, as JSON. */
final class Boto3Script {

    private Boto3Script() {
    }

    /** Skips the test where python3 has no boto3; else runs {@code resource} with {@code endpoint} and reads its output. */
    static JsonNode run(String resource, URI endpoint, Path dir) throws Exception {
        assumeTrue(exitOf("python3", "-c", "import boto3") == 0,
                "python3 with boto3 is not installed (apt-get install python3-boto3)");
        Path script = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = Boto3Script.class.getResourceAsStream(resource)) {
            Files.copy(in, script);
        }
        Process python = new ProcessBuilder("python3", script.toString(), endpoint.toString())
                .redirectError(dir.resolve("stderr").toFile()).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(out + Files.readString(dir.resolve("stderr"))).isZero();
        return new ObjectMapper().readTree(out);
    }

    private static int exitOf(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException notInstalled) {
            return -1;
        }
    }
}
