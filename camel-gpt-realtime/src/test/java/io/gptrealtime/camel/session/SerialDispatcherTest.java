package io.gptrealtime.camel.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialDispatcherTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void runsTasksInOrderOneAtATime() throws Exception {
        SerialDispatcher d = new SerialDispatcher(pool, 100_000);
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            d.execute(() -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                seen.add(n);
                running.decrementAndGet();
                if (n == 9_999) {
                    done.countDown();
                }
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(1, maxRunning.get());
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aSlowTaskDelaysOnlyItsOwnSessionAndTheBoundDropsAndCounts() throws Exception {
        SerialDispatcher slow = new SerialDispatcher(pool, 3);
        SerialDispatcher fast = new SerialDispatcher(pool, 3);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowRunning = new CountDownLatch(1);
        slow.execute(() -> {
            slowRunning.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(slowRunning.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 3; i++) {
            slow.execute(() -> {
            });
        }
        assertFalse(slow.execute(() -> {
        }), "past the capacity the task is refused");
        assertEquals(1, slow.dropped());
        CountDownLatch fastRan = new CountDownLatch(1);
        fast.execute(fastRan::countDown);
        assertTrue(fastRan.await(5, TimeUnit.SECONDS), "another session is not held up");
        CountDownLatch always = new CountDownLatch(1);
        slow.executeAlways(always::countDown);
        release.countDown();
        assertTrue(always.await(5, TimeUnit.SECONDS), "must-deliver tasks pass the bound");
    }
}
