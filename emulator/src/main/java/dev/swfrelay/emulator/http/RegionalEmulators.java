package dev.swfrelay.emulator.http;

import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SWF's state is regional: one emulator per region, created on the first request for it,
 * all on the server's one clock.
 */
final class RegionalEmulators implements AutoCloseable {

    private final VirtualClock clock;
    private final EngineSettings settings;
    private final Function<String, ChangeLog> changeLogs;
    private final Map<String, SwfEmulator> byRegion = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile boolean inUse;

    /** Every region's engine gets {@code settings} (already checked) with its own region. */
    RegionalEmulators(VirtualClock clock, EngineSettings settings) {
        this(clock, settings, region -> ChangeLog.NONE);
    }

    /** As above, each region's engine telling its changes to the change log {@code changeLogs} gives for it. */
    RegionalEmulators(VirtualClock clock, EngineSettings settings, Function<String, ChangeLog> changeLogs) {
        this.clock = clock;
        this.settings = settings;
        this.changeLogs = changeLogs;
    }

    SwfEmulator region(String region) {
        if (closed) {
            throw shuttingDown();
        }
        SwfEmulator emulator = byRegion.computeIfAbsent(region, r -> SwfEmulator.builder()
                .clock(clock).settings(settings.inRegion(r))
                .changeLog(changeLogs.apply(r)).build());
        inUse = true;
        return emulator;
    }

    private static SwfFault shuttingDown() {
        return Faults.throttled("the emulator is shutting down; retry against a running one");
    }

    /** Forgets every region's state; parked polls are answered empty. */
    void reset() {
        byRegion.values().forEach(SwfEmulator::reset);
        inUse = false;
    }

    /** Whether any SWF request was served since start or the last reset. */
    boolean inUse() {
        return inUse;
    }

    /** Closes every region's emulator, answering parked polls empty. */
    @Override
    public void close() {
        closed = true;
        byRegion.values().forEach(SwfEmulator::close);
    }
}
