package dev.swfrelay.it.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * What every port's contract suite shares: one backend per concrete class, a fresh fixture
 * per test. A backend that is not available (live SWF without the switch or credentials)
 * skips every test with its reason, so the skip shows in the reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractSuite {

    protected SwfBackend backend;
    protected Fixture fx;

    /** The backend this run checks; may skip the class through a JUnit assumption. */
    protected abstract SwfBackend openBackend();

    private String skipped;

    @BeforeAll
    void openAndRegister() {
        try {
            backend = openBackend();
        } catch (TestAbortedException e) {
            skipped = e.getMessage();
            System.err.println(getClass().getSimpleName() + " skipped: " + skipped);
            return;
        }
        Fixture.registerAll(backend);
    }

    @BeforeEach
    void newFixture() {
        assumeTrue(skipped == null, skipped);
        fx = new Fixture(backend);
    }

    @AfterAll
    void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    protected void assumeTimeMoves() {
        assumeTrue(backend.canMoveTime(), "needs workflow time the test can move; real SWF's cannot be moved");
    }

    protected void assumeShortPollHold() {
        assumeTrue(backend.shortPollHold(), "an empty poll takes SWF's full 60-second hold here");
    }

    protected void assumeNotLive(String why) {
        assumeTrue(backend.freshDomainsAllowed(), why);
    }
}
