package io.gptrealtime.camel.session;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one session's route work in order, one task at a time, on a shared pool. The socket reader thread only
 * enqueues here, so a slow route delays that session's events but never the reading of audio. The queue is bounded:
 * past {@code capacity} new tasks are dropped and counted (the session reports the drop as an error event);
 * {@link #executeAlways} is for the few signals that must never be lost (session closed).
 */
final class SerialDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SerialDispatcher.class);
    /** Tasks run per turn on the pool before yielding it, so one busy session cannot hog a pool thread. */
    private static final int BATCH = 64;

    private final Executor pool;
    private final int capacity;
    /** Written by any producer thread, drained by whichever pool thread holds {@link #scheduled}. */
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    /** True while a drain task is submitted or running: guarantees one task at a time. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();

    SerialDispatcher(Executor pool, int capacity) {
        this.pool = pool;
        this.capacity = capacity;
    }

    /** Queues a task; returns false (and counts it) when the queue is full. */
    boolean execute(Runnable task) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return false;
        }
        queue.add(task);
        schedule();
        return true;
    }

    /** Queues a task even past the capacity. For rare, must-deliver signals only. */
    void executeAlways(Runnable task) {
        size.incrementAndGet();
        queue.add(task);
        schedule();
    }

    int size() {
        return size.get();
    }

    long dropped() {
        return dropped.get();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // The pool is shutting down: run what is left here, so close signals still arrive.
                drain();
            }
        }
    }

    private void drain() {
        try {
            for (int i = 0; i < BATCH; i++) {
                Runnable task = queue.poll();
                if (task == null) {
                    break;
                }
                size.decrementAndGet();
                try {
                    task.run();
                } catch (Throwable t) {
                    LOG.warn("A session event handler failed: {}", t.toString(), t);
                }
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }
}
