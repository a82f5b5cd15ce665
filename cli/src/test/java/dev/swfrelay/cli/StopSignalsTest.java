package dev.swfrelay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StopSignalsTest {

    @Test
    void firstSignalReleasesTheWaiterAndOnlyLaterOnesForce() throws InterruptedException {
        StopSignals signals = StopSignals.detached();
        AtomicInteger forced = new AtomicInteger();
        signals.onSecond(forced::incrementAndGet);
        CountDownLatch released = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                signals.awaitFirst();
                released.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();

        signals.receive();

        assertThat(released.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(forced.get()).isZero();
        signals.receive();
        signals.receive();
        await().atMost(Duration.ofSeconds(5)).until(() -> forced.get() == 2);
    }
}
