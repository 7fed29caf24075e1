package io.gptrealtime.camel.session;

/**
 * The life of one Realtime WebSocket session. Transitions only move forward:
 * CONNECTING → OPEN → CLOSING → CLOSED, or straight to CLOSED on a failure.
 */
public enum SessionState {
    /** The WebSocket handshake or the initial session configuration is in progress. */
    CONNECTING,
    /** session.created was received and the initial session.update was accepted: events flow both ways. */
    OPEN,
    /** A close was requested; waiting for the server's close frame (or the close timeout). */
    CLOSING,
    /** The socket is gone. Terminal. */
    CLOSED;

    boolean canMoveTo(SessionState next) {
        return next.ordinal() > ordinal();
    }
}
