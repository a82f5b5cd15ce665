package dev.swfrelay.emulator.engine;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Whether an engine throttles as SWF does ({@code engine.throttle.SwfQuotas}), and by what scale:
 * every bucket's size and refill rate multiplied by {@link #scale} (a bucket keeps at least one
 * token), so {@code swf:0.01} lets a test reach SWF's limits with a few calls. Off unless asked for.
 * Written as text ({@code off}, {@code swf}, {@code swf:0.01}) for {@code serve --throttling}, the
 * JUnit annotation and the container; {@link #parse} is the one reader of that text.
 */
public record Throttling(boolean on, double scale) {

    /** The default's text, as {@link #parse} reads it (a compile-time constant for annotations and {@code serve}). */
    public static final String OFF = "off";
    private static final Pattern DECIMAL = Pattern.compile("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
    private static final String FORM = "'off', 'swf' or 'swf:<scale>' with a positive scale, e.g. swf:0.01";

    public Throttling {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("throttling scale must be a positive number, was " + scale);
        }
    }

    /** No throttling (the default): no bucket exists and no call or decision is refused for its rate. */
    public static Throttling off() {
        return new Throttling(false, 1);
    }

    /** SWF's documented buckets, as they are. */
    public static Throttling swf() {
        return swf(1);
    }

    /** SWF's documented buckets with every size and refill rate multiplied by {@code scale}. */
    public static Throttling swf(double scale) {
        return new Throttling(true, scale);
    }

    /**
     * Reads {@code off}, {@code swf} or {@code swf:<scale>}; {@link IllegalArgumentException} naming
     * the text otherwise.
     */
    public static Throttling parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("throttling must be " + FORM + ", was null");
        }
        String t = text.strip();
        if (t.equals(OFF)) {
            return off();
        }
        if (t.equals("swf")) {
            return swf();
        }
        if (t.startsWith("swf:") && DECIMAL.matcher(t.substring(4)).matches()) {
            double scale = Double.parseDouble(t.substring(4));
            if (scale > 0 && !Double.isInfinite(scale)) {
                return swf(scale);
            }
        }
        throw new IllegalArgumentException("throttling must be " + FORM + ", was '" + text + "'");
    }

    /** The text {@link #parse} reads back: {@code off}, {@code swf} or {@code swf:<scale>}. */
    @Override
    public String toString() {
        if (!on) {
            return OFF;
        }
        return scale == 1 ? "swf" : "swf:" + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
    }
}
