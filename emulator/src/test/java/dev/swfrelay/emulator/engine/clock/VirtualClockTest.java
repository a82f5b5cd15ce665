package dev.swfrelay.emulator.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant T0 = Instant.parse("2015-01-01T12:00:00Z");

    @Test
    void advanceFiresDueDeadlinesInOrderOnTheCallersThreadReadingEachDeadline() {
        VirtualClock clock = VirtualClock.frozenAt(T0);
        List<String> fired = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        clock.schedule(T0.plusSeconds(30), at -> fired.add("30@" + at.getEpochSecond() % 3600 + "/" + clock.now().equals(at)
                + "/" + (Thread.currentThread() == caller)));
        clock.schedule(T0.plusSeconds(10), at -> fired.add("10@" + at.getEpochSecond() % 3600 + "/" + clock.now().equals(at)
                + "/" + (Thread.currentThread() == caller)));
        Deadline cancelled = clock.schedule(T0.plusSeconds(20), at -> fired.add("20"));
        Deadline later = clock.schedule(T0.plusSeconds(90), at -> fired.add("90"));
        assertThat(cancelled.cancel()).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(fired).containsExactly("10@10/true/true", "30@30/true/true");
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(60));
        assertThat(clock.pendingDeadlines()).isEqualTo(1);
        assertThat(later.at()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void advancingARealTimeClockIsRefused() {
        try (VirtualClock clock = VirtualClock.systemTime()) {
            assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
            assertThat(clock.isFrozen()).isFalse();
        }
    }

    @Test
    void realTimeDeadlinesFireOnTheSchedulerThread() {
        try (VirtualClock clock = VirtualClock.systemTime()) {
            List<Instant> fired = new CopyOnWriteArrayList<>();
            clock.schedule(clock.now().plusMillis(50), fired::add);
            await().atMost(5, TimeUnit.SECONDS).until(() -> fired.size() == 1);
        }
    }

    @Test
    void releasingAFrozenClockFiresWhatIsNowDue() {
        try (VirtualClock clock = VirtualClock.frozenAt(T0)) {
            List<Instant> fired = new CopyOnWriteArrayList<>();
            clock.schedule(T0.plusSeconds(3600), fired::add);
            clock.release();
            assertThat(clock.isFrozen()).isFalse();
            await().atMost(5, TimeUnit.SECONDS).until(() -> fired.size() == 1);
        }
    }

    @Test
    void autoAdvanceJumpsOnlyWhileEveryEngineIsIdle() {
        VirtualClock clock = VirtualClock.frozenAt(T0);
        boolean[] busy = {true};
        clock.register(() -> !busy[0]);
        List<Instant> fired = new CopyOnWriteArrayList<>();
        clock.schedule(T0.plusSeconds(86_400), fired::add);
        clock.autoAdvance(true);
        assertThat(fired).isEmpty();
        busy[0] = false;
        clock.nudge();
        assertThat(fired).containsExactly(T0.plusSeconds(86_400));
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(86_400));
    }
}
