package dev.swfrelay.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A timeout as SWF states it: a whole number of seconds, or {@link #NONE} for no timeout.
 * On the wire it is a string, {@code "NONE"} or decimal seconds of at most eight digits.
 */
public final class Timeout {

    /** No timeout: the wait is unbounded. */
    public static final Timeout NONE = new Timeout(null);

    private static final long MAX_SECONDS = 99_999_999L;

    private final Duration duration;

    private Timeout(Duration duration) {
        this.duration = duration;
    }

    public static Timeout of(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.getNano() != 0 || duration.getSeconds() > MAX_SECONDS) {
            throw Faults.invalid(duration.toString(), "timeout",
                    Faults.wholeSeconds(MAX_SECONDS));
        }
        return new Timeout(duration);
    }

    public static Timeout ofSeconds(long seconds) {
        return of(Duration.ofSeconds(seconds));
    }

    /** Reads SWF's wire form: {@code "NONE"} or decimal seconds. */
    public static Timeout parse(String wire) {
        Objects.requireNonNull(wire, "wire");
        if (wire.equals("NONE")) {
            return NONE;
        }
        if (wire.isEmpty() || wire.length() > 8 || !wire.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Faults.invalid(wire, "timeout", Faults.TIMEOUT_TEXT);
        }
        return new Timeout(Duration.ofSeconds(Long.parseLong(wire)));
    }

    public boolean isNone() {
        return duration == null;
    }

    /** The duration, empty for {@link #NONE}. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** SWF's wire form. */
    public String toWire() {
        return duration == null ? "NONE" : Long.toString(duration.getSeconds());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeout other && Objects.equals(duration, other.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(duration);
    }

    @Override
    public String toString() {
        return toWire();
    }
}
