package io.gptrealtime.camel.session;

import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a session reconnects after an abnormal close or a network error: exponential backoff with
 * jitter, bounded attempts. Errors the service marks fatal (invalid key, no quota, unknown model) never retry.
 *
 * @param enabled        whether to reconnect at all
 * @param initialDelayMs the first delay
 * @param maxDelayMs     the ceiling of the exponential growth
 * @param maxAttempts    consecutive failed attempts before the session gives up
 */
public record ReconnectPolicy(boolean enabled, long initialDelayMs, long maxDelayMs, int maxAttempts) {

    /** 250 ms, doubling, at most 10 s apart, 10 attempts. */
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(true, 250, 10_000, 10);
    public static final ReconnectPolicy NEVER = new ReconnectPolicy(false, 0, 0, 0);

    /** The delay before attempt {@code n} (1-based): doubling from the initial delay, ±20 % jitter. */
    public long delayMs(int attempt) {
        double base = Math.min(maxDelayMs, initialDelayMs * Math.pow(2, Math.max(0, attempt - 1)));
        // jitter so that many sessions dropped by one network blip do not reconnect in lockstep
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Math.max(1, Math.round(base * jitter));
    }
}
