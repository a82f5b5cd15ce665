package dev.swfrelay.it.contract;

import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;

/** The emulator's engine in this JVM, on a frozen clock, with a short long-poll hold. */
final class InProcessBackend implements SwfBackend {

    static final Instant EPOCH = Instant.parse("2015-01-01T12:00:00Z");
    static final Duration POLL_HOLD = Duration.ofMillis(2500);

    private final VirtualClock clock = VirtualClock.frozenAt(EPOCH);
    private final SwfEmulator emulator = SwfEmulator.builder().clock(clock).pollHold(POLL_HOLD).build();

    @Override
    public SwfService service() {
        return emulator.service();
    }

    @Override
    public String domain() {
        return "contract";
    }

    @Override
    public boolean canMoveTime() {
        return true;
    }

    @Override
    public void advance(Duration by) {
        clock.advance(by);
    }

    @Override
    public boolean shortPollHold() {
        return true;
    }

    @Override
    public boolean freshDomainsAllowed() {
        return true;
    }

    @Override
    public void close() {
        emulator.close();
        clock.close();
    }
}
