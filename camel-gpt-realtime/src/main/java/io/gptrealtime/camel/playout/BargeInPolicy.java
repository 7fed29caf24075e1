package io.gptrealtime.camel.playout;

/**
 * How a session reacts when the caller starts speaking over the assistant.
 *
 * @param minInterruptionMs how long the caller must keep speaking before it counts as an interruption; 0 interrupts
 *                          at once. While it is pending, playback pauses; if the caller stops sooner (a cough, a
 *                          "mm-hm"), playback resumes where it paused.
 * @param cancelResponse    send {@code response.cancel} on an interruption: needed when the session's turn
 *                          detection does not cancel by itself ({@code interrupt_response=false}, which a non-zero
 *                          minimum requires, else the service cancels before we know if the interruption is real)
 */
public record BargeInPolicy(long minInterruptionMs, boolean cancelResponse) {

    /** Interrupt at once and let the service cancel the response (its default server VAD behaviour). */
    public static final BargeInPolicy IMMEDIATE = new BargeInPolicy(0, false);

    public BargeInPolicy {
        if (minInterruptionMs < 0 || minInterruptionMs > 10_000) {
            throw new IllegalArgumentException("minInterruptionMs must be 0..10000, was " + minInterruptionMs);
        }
    }
}
