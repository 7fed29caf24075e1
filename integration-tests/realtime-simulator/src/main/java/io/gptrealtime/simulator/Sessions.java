package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The simulator's registry: sessions in connection order (for tests), the open ones (for limits and shutdown), and
 * the bounded handshake log. Written by event loops, read by tests; guarded by {@link #lock}.
 */
final class Sessions {

    private final int maxHandshakes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Guarded by lock: what {@link RealtimeSimulator#sessions()} lists. */
    private final List<SimulatedSession> listed = new ArrayList<>();
    /** Guarded by lock. */
    private final Deque<HandshakeInfo> handshakes = new ArrayDeque<>();
    private final Set<SimulatedSession> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong ordinals = new AtomicLong();

    Sessions(int maxHandshakes) {
        this.maxHandshakes = maxHandshakes;
    }

    long nextOrdinal() {
        return ordinals.incrementAndGet();
    }

    int openCount() {
        return open.size();
    }

    void opened(SimulatedSession session) {
        open.add(session);
        lock.lock();
        try {
            listed.add(session);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void closed(SimulatedSession session) {
        open.remove(session);
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void recordHandshake(HandshakeInfo info) {
        lock.lock();
        try {
            if (handshakes.size() >= maxHandshakes) {
                handshakes.removeFirst();
            }
            handshakes.addLast(info);
        } finally {
            lock.unlock();
        }
    }

    List<HandshakeInfo> handshakes() {
        lock.lock();
        try {
            return List.copyOf(handshakes);
        } finally {
            lock.unlock();
        }
    }

    List<SimulatedSession> list() {
        lock.lock();
        try {
            return List.copyOf(listed);
        } finally {
            lock.unlock();
        }
    }

    List<SimulatedSession> openSessions() {
        return List.copyOf(open);
    }

    List<SimulatedSession> await(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (listed.size() < count) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Expected " + count + " sessions within " + timeout.toMillis()
                            + " ms but " + listed.size() + " connected; handshakes: " + handshakes);
                }
                try {
                    changed.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for sessions", e);
                }
            }
            return List.copyOf(listed);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets the listed sessions and the handshake log, so the next test sees only its own connections. Sessions
     * still open keep running (and are still closed by {@link RealtimeSimulator#close()}).
     */
    void reset() {
        lock.lock();
        try {
            listed.clear();
            handshakes.clear();
        } finally {
            lock.unlock();
        }
    }
}
