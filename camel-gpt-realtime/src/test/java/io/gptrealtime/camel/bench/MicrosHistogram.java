package io.gptrealtime.camel.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in whole microseconds, recorded lock-free from many threads (the media event loops, write listeners):
 * one counter per microsecond up to {@link #LIMIT_MICROS}, larger values in the last bucket (the maximum is kept
 * exactly). Allocated once before the measurement, so recording allocates nothing.
 */
final class MicrosHistogram {

    static final int LIMIT_MICROS = 250_000;

    private final AtomicLongArray counts = new AtomicLongArray(LIMIT_MICROS + 1);
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    void recordNanos(long nanos) {
        long us = Math.max(0, nanos / 1000);
        counts.incrementAndGet((int) Math.min(us, LIMIT_MICROS));
        max.accumulateAndGet(us, Math::max);
        total.incrementAndGet();
    }

    long count() {
        return total.get();
    }

    long maxMicros() {
        return max.get();
    }

    /** The smallest value v such that at least p % of the samples are <= v; -1 without samples. */
    long percentileMicros(double p) {
        long n = total.get();
        if (n == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(p / 100.0 * n);
        long seen = 0;
        for (int i = 0; i <= LIMIT_MICROS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return i == LIMIT_MICROS ? max.get() : i;
            }
        }
        return max.get();
    }

    /** Samples above {@code micros}. */
    long countAbove(long micros) {
        long n = 0;
        for (int i = (int) Math.min(micros + 1, LIMIT_MICROS); i <= LIMIT_MICROS; i++) {
            n += counts.get(i);
        }
        return n;
    }

    void reset() {
        for (int i = 0; i <= LIMIT_MICROS; i++) {
            counts.set(i, 0);
        }
        max.set(0);
        total.set(0);
    }
}
