package dev.swfrelay.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h},
 * {@code 1d}, ISO-8601 ({@code PT5M}) or a bare number of seconds.
 */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private DurationText() {
    }

    /**
     * @param what names the value in the error message, e.g. {@code --poll-hold}
     * @throws UserError when {@code text} is not a duration
     */
    public static Duration parse(String text, String what) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = SHORT.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            return ofUnit(Long.parseLong(m.group(1)), m.group(2) == null ? "s" : m.group(2));
        }
        try {
            Duration parsed = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            if (!parsed.isNegative()) {
                return parsed;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        throw UserError.usage(what + ": '" + text + "' is not a duration;"
                + " write it like 500ms, 30s, 5m, 2h, 1d or PT5M");
    }

    private static Duration ofUnit(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** A short human form: {@code 850ms}, {@code 2.4s}, {@code 3m05s}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        long s = d.getSeconds();
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
