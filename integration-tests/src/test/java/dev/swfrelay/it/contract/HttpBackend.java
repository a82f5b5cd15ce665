package dev.swfrelay.it.contract;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The AWS adapter (the real SDK v2 client, over real HTTP) against the emulator's server on
 * an ephemeral port, with a frozen clock this test moves and a short long-poll hold.
 */
final class HttpBackend implements SwfBackend {

    private final VirtualClock clock = VirtualClock.frozenAt(InProcessBackend.EPOCH);
    private final SwfEmulatorServer server = SwfEmulatorServer.builder().port(0).clock(clock)
            .pollHold(InProcessBackend.POLL_HOLD).build();
    private final AwsSwfService service;

    HttpBackend() {
        server.start();
        service = AwsSwf.forEndpoint(server.uri(), "us-east-1");
    }

    @Override
    public SwfService service() {
        return service;
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
    public OptionalInt parkedPolls() {
        return OptionalInt.of(server.parkedPolls());
    }

    @Override
    public void close() {
        service.close();
        server.close();
        clock.close();
    }
}
