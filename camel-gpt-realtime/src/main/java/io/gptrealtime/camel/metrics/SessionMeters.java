package io.gptrealtime.camel.metrics;

import java.math.BigDecimal;

import io.gptrealtime.camel.usage.TokenUsage;

/**
 * The meters one session reports to. Implementations must be cheap and thread-safe: most calls come from the
 * session's socket reader thread.
 */
public interface SessionMeters {

    SessionMeters NONE = new SessionMeters() {
    };

    default void sessionOpened() {
    }

    default void sessionClosed() {
    }

    /** A new session for a key whose previous session failed. */
    default void reconnect() {
    }

    default void audioIn(double seconds) {
    }

    default void audioOut(double seconds) {
    }

    default void tokens(TokenUsage tokens) {
    }

    /** USD; never called for an unpriced model. */
    default void cost(BigDecimal usd) {
    }

    default void droppedEvents(long count) {
    }

    default void interruption() {
    }

    default void toolCall() {
    }

    default void timeToFirstAudio(long nanos) {
    }

    default void responseDuration(long nanos) {
    }

    default void bargeInReaction(long nanos) {
    }

    default void toolLatency(String tool, long nanos) {
    }
}
