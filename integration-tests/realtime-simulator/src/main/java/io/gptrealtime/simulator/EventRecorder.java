package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A session's message history, bounded by count and by characters. Written by the session's event loop, read by
 * test threads; all state is guarded by {@link #lock}, and waiters are woken on every append. Once a bound is hit
 * recording stops (the protocol keeps running) and {@link #overflowNote()} says so: a test that asserts on a
 * truncated history fails with that note instead of a puzzling miss.
 */
final class EventRecorder {

    private final int maxEvents;
    private final long maxChars;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Guarded by lock. */
    private final List<RecordedEvent> events = new ArrayList<>();
    /** Guarded by lock. */
    private long chars;
    /** Guarded by lock. */
    private long sequence;
    /** Guarded by lock: messages seen after recording stopped. */
    private long notRecorded;
    /** Guarded by lock. */
    private boolean closed;

    EventRecorder(int maxEvents, long maxChars) {
        this.maxEvents = maxEvents;
        this.maxChars = maxChars;
    }

    void recordReceived(String raw, String type, JsonNode parsed) {
        append(RecordedEvent.Direction.RECEIVED, raw, type, parsed);
    }

    void recordSent(String raw, String type, JsonNode parsed) {
        append(RecordedEvent.Direction.SENT, raw, type, parsed);
    }

    private void append(RecordedEvent.Direction direction, String raw, String type, JsonNode parsed) {
        lock.lock();
        try {
            long seq = sequence++;
            if (events.size() >= maxEvents || chars + raw.length() > maxChars) {
                notRecorded++;
            } else {
                events.add(new RecordedEvent(seq, direction, Instant.now(), System.nanoTime(), raw, type, parsed));
                chars += raw.length();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Marks the session closed, so waiters stop waiting for events that will never come. */
    void markClosed() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    List<RecordedEvent> snapshot(Predicate<RecordedEvent> filter) {
        lock.lock();
        try {
            List<RecordedEvent> out = new ArrayList<>();
            for (RecordedEvent e : events) {
                if (filter.test(e)) {
                    out.add(e);
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Null while everything was recorded; else a sentence saying what was left out and why. */
    String overflowNote() {
        lock.lock();
        try {
            if (notRecorded == 0) {
                return null;
            }
            return "recording stopped after " + events.size() + " messages / " + chars + " characters (limits: "
                    + maxEvents + " messages, " + maxChars + " characters per session); " + notRecorded
                    + " later messages were not recorded";
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} recorded events match, then returns them all. Fails with an
     * {@link AssertionError} describing what was recorded when the timeout passes, or early when the session
     * closed without enough matches.
     */
    List<RecordedEvent> await(Predicate<RecordedEvent> filter, int count, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<RecordedEvent> matches = snapshot(filter);
                if (matches.size() >= count) {
                    return matches;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    throw new AssertionError("Expected " + count + " " + description + " but found "
                            + matches.size() + (closed ? " (session closed)" : " within " + timeout.toMillis()
                            + " ms") + ". Recorded: " + summary()
                            + (overflowNote() != null ? ". Note: " + overflowNote() : ""));
                }
                try {
                    changed.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + description, e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    void awaitClosed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!closed) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("session still open after " + timeout.toMillis() + " ms");
                }
                try {
                    changed.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the session to close", e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** "RECEIVED session.update, SENT session.updated, …" with runs of the same type collapsed. */
    private String summary() {
        StringBuilder sb = new StringBuilder();
        String last = null;
        int run = 0;
        for (RecordedEvent e : events) {
            String label = e.direction() + " " + e.type();
            if (label.equals(last)) {
                run++;
                continue;
            }
            if (last != null) {
                sb.append(last).append(run > 1 ? " x" + run : "").append(", ");
            }
            last = label;
            run = 1;
        }
        if (last != null) {
            sb.append(last).append(run > 1 ? " x" + run : "");
        }
        return sb.length() == 0 ? "nothing" : sb.toString();
    }
}
