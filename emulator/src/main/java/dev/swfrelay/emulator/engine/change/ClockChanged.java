package dev.swfrelay.emulator.engine.change;

import java.time.Instant;

/**
 * The server's clock was set ({@code /_relay/clock}, {@code /_relay/reset}): frozen at {@code frozenAt}, moving on
 * its own when {@code autoAdvance}, or following real time when {@code frozenAt} is null. The clock is the
 * server's, not a tenant's: a journal keeps the last one and sets the clock from it before restoring engines.
 */
public record ClockChanged(Instant frozenAt, boolean autoAdvance) implements Change {

    /** The clock following real time. */
    public static final ClockChanged REAL_TIME = new ClockChanged(null, false);
}
