package dev.swfrelay.emulator.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A scrape as Prometheus' own Python parser ({@code prometheus_client.parser}, Debian's
 * {@code python3-prometheus-client}) reads it: its samples by name and labels. Nothing here reads the
 * text itself, so a scrape the parser would read differently fails the test.
 */
record ParsedScrape(List<Sample> samples) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Sample(String family, String type, String name, Map<String, String> labels, double value) {
    }

    /** The first Python that has the parser: the one on the PATH, else Debian's (a pyenv may shadow it). */
    static java.util.Optional<String> python() {
        return java.util.stream.Stream.of("python3", "/usr/bin/python3").filter(ParsedScrape::hasParser).findFirst();
    }

    private static boolean hasParser(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import prometheus_client.parser").start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static ParsedScrape parse(byte[] text) throws Exception {
        Path script = Files.createTempFile("parse_metrics", ".py");
        try (InputStream in = ParsedScrape.class.getResourceAsStream("parse_metrics.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process process = new ProcessBuilder(python().orElseThrow(), script.toString()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(text);
        }
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("the Prometheus parser refused the scrape: " + err);
        }
        Files.delete(script);
        List<Sample> samples = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                samples.add(new Sample(n.get("family").asText(), n.get("type").asText(), n.get("name").asText(),
                        JSON.convertValue(n.get("labels"), JSON.getTypeFactory().constructMapType(Map.class, String.class,
                                String.class)), n.get("value").asDouble()));
            }
        }
        return new ParsedScrape(samples);
    }

    /** The value of the one sample {@code name} whose labels include {@code labels}; fails when none or several match. */
    double value(String name, Map<String, String> labels) {
        List<Sample> matching = samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())).toList();
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " samples " + name + labels + " in " + samples.stream()
                    .filter(s -> s.name().equals(name)).toList());
        }
        return matching.get(0).value();
    }

    /** The type the parser gave family {@code family} (counter, gauge, histogram). */
    String type(String family) {
        return samples.stream().filter(s -> s.family().equals(family)).map(Sample::type).findFirst()
                .orElseThrow(() -> new AssertionError("no family " + family));
    }

}
