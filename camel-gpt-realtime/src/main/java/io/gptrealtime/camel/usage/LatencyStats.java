package io.gptrealtime.camel.usage;

import java.util.Map;

/**
 * Count, sum, max and last of one kind of latency, in nanoseconds: constant memory however long the call.
 * Thread-safe (all state guarded by {@code this}; updates are rare compared with audio).
 */
public final class LatencyStats {

    private long count;
    private long sumNanos;
    private long maxNanos;
    private long lastNanos = -1;

    public synchronized void record(long nanos) {
        if (nanos < 0) {
            return;
        }
        count++;
        sumNanos += nanos;
        maxNanos = Math.max(maxNanos, nanos);
        lastNanos = nanos;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(count, sumNanos, maxNanos, lastNanos);
    }

    /** An immutable view; milliseconds are rounded down. */
    public record Snapshot(long count, long sumNanos, long maxNanos, long lastNanos) {

        /** The mean in milliseconds, or null when nothing was measured. */
        public Long averageMillis() {
            return count == 0 ? null : sumNanos / count / 1_000_000;
        }

        public Long maxMillis() {
            return count == 0 ? null : maxNanos / 1_000_000;
        }

        public Long lastMillis() {
            return count == 0 ? null : lastNanos / 1_000_000;
        }

        /** count, avgMs, maxMs, lastMs; for JSON and logs. */
        public Map<String, Object> toMap() {
            if (count == 0) {
                return Map.of("count", 0L);
            }
            return Map.of("count", count, "avgMs", averageMillis(), "maxMs", maxMillis(), "lastMs", lastMillis());
        }
    }
}
