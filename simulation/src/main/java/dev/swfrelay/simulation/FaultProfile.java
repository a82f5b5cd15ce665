package dev.swfrelay.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How often each fault fires: a rate in [0, 1] per opportunity (each activity task taken,
 * each decision task taken, each poll, each signal sent, each step of the harness).
 *
 * <p>A fault file has one {@code kind rate} per line ({@code worker-crash 0.02}); {@code #}
 * starts a comment; kinds not named have rate 0.
 */
public record FaultProfile(String name, Map<FaultKind, Double> rates) {

    public FaultProfile {
        Objects.requireNonNull(name, "name");
        EnumMap<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
        for (Map.Entry<FaultKind, Double> e : rates.entrySet()) {
            copy.put(e.getKey(), checkRate(e.getKey(), e.getValue()));
        }
        rates = Collections.unmodifiableMap(copy);
    }

    /** No faults: the happy path, still under every interleaving the seed picks. */
    public static FaultProfile none() {
        return new FaultProfile("none", Map.of());
    }

    /** Sensible rates of every fault: about one run in ten meets at least one. */
    public static FaultProfile standard() {
        Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
        rates.put(FaultKind.WORKER_CRASH, 0.02);
        rates.put(FaultKind.ANSWER_LOST, 0.02);
        rates.put(FaultKind.DECISION_TIMEOUT, 0.01);
        rates.put(FaultKind.DUPLICATE_SIGNAL, 0.05);
        rates.put(FaultKind.REORDERED_SIGNAL, 0.05);
        rates.put(FaultKind.HANDLER_THROWS, 0.02);
        rates.put(FaultKind.CLOCK_JUMP, 0.01);
        rates.put(FaultKind.POLLER_GAP, 0.01);
        rates.put(FaultKind.THROTTLING, 0.01);
        return new FaultProfile("standard", rates);
    }

    /** Only {@code kind}, at {@code rate}. */
    public static FaultProfile only(FaultKind kind, double rate) {
        return new FaultProfile(kind.label(), Map.of(kind, rate));
    }

    /** {@code standard}, {@code none}, or the path of a fault file. */
    public static FaultProfile named(String nameOrFile) {
        return switch (nameOrFile) {
            case "standard" -> standard();
            case "none" -> none();
            default -> read(Path.of(nameOrFile));
        };
    }

    public static FaultProfile read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read fault file " + file + ": " + e.getMessage(), e);
        }
    }

    public static FaultProfile parse(String name, String text) {
        Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'kind rate', was '" + line + "'");
            }
            try {
                FaultKind kind = FaultKind.byLabel(parts[0]);
                rates.put(kind, checkRate(kind, Double.parseDouble(parts[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": rate '" + parts[1] + "' is not a number", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new FaultProfile(name, rates);
    }

    private static double checkRate(FaultKind kind, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate of " + kind.label() + " must be in [0, 1], was " + rate);
        }
        return rate;
    }

    public double rate(FaultKind kind) {
        return rates.getOrDefault(kind, 0.0);
    }
}
