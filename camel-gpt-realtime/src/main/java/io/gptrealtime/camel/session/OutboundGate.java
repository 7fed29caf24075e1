package io.gptrealtime.camel.session;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Backpressure in front of OkHttp's outbound queue. OkHttp closes a WebSocket (code 1001) as soon as its queue would
 * pass 16 MiB, which would end the call; so senders of bulk data (audio) wait here until the queue is below
 * {@code maxQueuedBytes}, and fail with {@link BackpressureException} when it does not drain in time. Small control
 * events only check the hard limit, because they are sent from the socket reader thread, which must never wait.
 * <p>
 * OkHttp offers no drain callback, so waiting polls {@code queueSize()}; at 1 ms granularity that costs nothing
 * measurable and only happens while the network is slower than the audio.
 */
final class OutboundGate {

    /** OkHttp's own limit (RealWebSocket.MAX_QUEUE_SIZE). */
    static final long OKHTTP_QUEUE_LIMIT = 16L * 1024 * 1024;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final LongSupplier queuedBytes;
    private final long maxQueuedBytes;
    private final long sendTimeoutNanos;

    OutboundGate(LongSupplier queuedBytes, long maxQueuedBytes, long sendTimeoutMillis) {
        if (maxQueuedBytes <= 0 || maxQueuedBytes >= OKHTTP_QUEUE_LIMIT) {
            throw new IllegalArgumentException("maxQueuedBytes must be between 1 and " + (OKHTTP_QUEUE_LIMIT - 1)
                                               + " (OkHttp closes the socket at 16 MiB), was " + maxQueuedBytes);
        }
        this.queuedBytes = queuedBytes;
        this.maxQueuedBytes = maxQueuedBytes;
        this.sendTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(sendTimeoutMillis);
    }

    /** Waits until {@code bytes} more fit below the soft limit. Called on producer threads only. */
    void awaitCapacity(long bytes) {
        if (queuedBytes.getAsLong() + bytes <= maxQueuedBytes) {
            return;
        }
        long deadline = System.nanoTime() + sendTimeoutNanos;
        while (queuedBytes.getAsLong() + bytes > maxQueuedBytes) {
            if (System.nanoTime() - deadline > 0) {
                throw new BackpressureException("The outbound queue holds " + queuedBytes.getAsLong()
                                                 + " bytes and did not drain below " + maxQueuedBytes
                                                 + " bytes within " + TimeUnit.NANOSECONDS.toMillis(sendTimeoutNanos)
                                                 + " ms: the connection is slower than the audio being sent");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new BackpressureException("Interrupted while waiting for the outbound queue to drain");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Fails instead of letting OkHttp close the socket. Never waits. */
    void checkHardLimit(long bytes) {
        long queued = queuedBytes.getAsLong();
        if (queued + bytes >= OKHTTP_QUEUE_LIMIT) {
            throw new BackpressureException("Refusing to queue " + bytes + " bytes on top of " + queued
                                             + ": OkHttp would close the socket past 16 MiB");
        }
    }

    long maxQueuedBytes() {
        return maxQueuedBytes;
    }
}
