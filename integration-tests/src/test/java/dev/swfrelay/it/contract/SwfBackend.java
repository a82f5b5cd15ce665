package dev.swfrelay.it.contract;

import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.service.ServicePorts;
import java.time.Duration;
import java.util.OptionalInt;

/** One SWF the contract suites run against: the emulator in-process, over HTTP, or the real service. */
interface SwfBackend extends AutoCloseable {

    /** Every operation, through this backend's adapter. */
    SwfService service();

    /** The domain the suites use; registered by the fixture, and never deleted (SWF cannot). */
    String domain();

    /** Whether this backend's workflow time can be moved by the test (never on real SWF). */
    boolean canMoveTime();

    /** Moves workflow time forward, firing what falls due; only when {@link #canMoveTime()}. */
    void advance(Duration by);

    /** Whether a poll on an empty task list answers quickly (a short hold), rather than after SWF's 60 s. */
    boolean shortPollHold();

    /** Whether the suites may register domains of their own (not on a real account: they cannot be deleted). */
    boolean freshDomainsAllowed();

    /** How many long polls the server holds parked right now, when this backend can tell. */
    default OptionalInt parkedPolls() {
        return OptionalInt.empty();
    }

    default ServicePorts ports(String identity) {
        return ServicePorts.of(service(), domain(), identity);
    }

    @Override
    void close();
}
