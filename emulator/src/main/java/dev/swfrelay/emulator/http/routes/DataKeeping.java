package dev.swfrelay.emulator.http.routes;

import java.util.Map;

/**
 * What the admin routes ask of the server's data folder: to keep the clock as set, forgetting the
 * closed runs its move took past retention, and to take a snapshot. {@link #MEMORY} is a server without one.
 */
public interface DataKeeping {

    /** In memory: a clock move only forgets runs past retention; there is nothing to snapshot. */
    DataKeeping MEMORY = new DataKeeping() {
        @Override
        public void clockSet() {
        }

        @Override
        public Map<String, Long> snapshot() {
            return null;
        }
    };

    /** The clock was set or moved ({@code POST clock}, {@code POST reset}). */
    void clockSet();

    /** Takes a snapshot now and describes it; null when the server keeps no data folder. */
    Map<String, Long> snapshot();
}
