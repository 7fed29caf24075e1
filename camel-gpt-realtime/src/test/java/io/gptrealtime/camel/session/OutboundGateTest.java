package io.gptrealtime.camel.session;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboundGateTest {

    @Test
    void waitsUntilTheQueueDrains() throws Exception {
        AtomicLong queued = new AtomicLong(1000);
        OutboundGate gate = new OutboundGate(queued::get, 1000, 5000);
        Thread drainer = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            queued.set(0);
        });
        long start = System.nanoTime();
        drainer.start();
        gate.awaitCapacity(500);
        assertTrue(System.nanoTime() - start >= 40_000_000L, "returned before the queue drained");
        drainer.join();
    }

    @Test
    void failsClearlyWhenTheQueueDoesNotDrain() {
        OutboundGate gate = new OutboundGate(() -> 900, 1000, 30);
        BackpressureException e = assertThrows(BackpressureException.class, () -> gate.awaitCapacity(500));
        assertTrue(e.getMessage().contains("did not drain"), e.getMessage());
    }

    @Test
    void refusesLimitsAtOrAboveOkHttpsOwn() {
        assertThrows(IllegalArgumentException.class, () -> new OutboundGate(() -> 0, 16L * 1024 * 1024, 10));
        OutboundGate gate = new OutboundGate(() -> 16L * 1024 * 1024 - 10, 1000, 10);
        assertThrows(BackpressureException.class, () -> gate.checkHardLimit(100));
    }
}
