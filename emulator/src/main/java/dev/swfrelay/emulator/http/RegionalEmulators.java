package dev.swfrelay.emulator.http;

import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.Limits;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SWF's state is regional: one emulator per region, created on the first request for it,
 * all on the server's one clock.
 */
final class RegionalEmulators implements AutoCloseable {

    private final VirtualClock clock;
    private final Duration pollHold;
    private final String accountId;
    private final Limits limits;
    private final Map<String, SwfEmulator> byRegion = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile boolean inUse;

    RegionalEmulators(VirtualClock clock, Duration pollHold, String accountId, Limits limits) {
        this.clock = clock;
        this.pollHold = pollHold;
        this.accountId = accountId;
        this.limits = limits;
    }

    SwfEmulator region(String region) {
        if (closed) {
            throw shuttingDown();
        }
        SwfEmulator emulator = byRegion.computeIfAbsent(region, r -> SwfEmulator.builder()
                .clock(clock).pollHold(pollHold).region(r).accountId(accountId).limits(limits).build());
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
