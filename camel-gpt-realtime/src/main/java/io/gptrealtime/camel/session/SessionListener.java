package io.gptrealtime.camel.session;

import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * Receives a session's events in order, on the session's dispatcher (never on the socket reader thread), so a slow
 * implementation delays only its own session's events.
 */
public interface SessionListener {

    /** The session is open: session.created arrived and the initial session.update was accepted. */
    default void onOpen(RealtimeSession session) {
    }

    /** A server event (including error events and events synthesised for invalid input from the server). */
    void onEvent(RealtimeSession session, ServerEvent event);

    /**
     * Whether {@link #onEvent} does anything with server events of this type. The session does not hand events nobody
     * wants to its dispatcher, which saves a thread hop per audio delta when no route listens to audio. Called on the
     * socket reader thread: must be cheap, must not block. Component events ({@link RealtimeSession#publish}) are
     * always delivered.
     */
    default boolean wants(String eventType) {
        return true;
    }

    /** The session ended. {@code cause} is null after an orderly close. Always the last call for a session. */
    default void onClosed(RealtimeSession session, int code, String reason, Throwable cause) {
    }
}
