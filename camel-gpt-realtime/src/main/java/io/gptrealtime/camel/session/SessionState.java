package io.gptrealtime.camel.session;

/**
 * The life of a session: CONNECTING → OPEN ⇄ RECONNECTING → CLOSING → CLOSED, or straight to CLOSED on a failure.
 * Only OPEN ⇄ RECONNECTING goes back and forth; everything else moves forward.
 */
public enum SessionState {
    /** The WebSocket handshake or the initial session configuration is in progress. */
    CONNECTING,
    /** session.created was received and the initial session.update was accepted: events flow both ways. */
    OPEN,
    /** The socket broke; a replacement is being connected, configured and seeded. Audio is buffered meanwhile. */
    RECONNECTING,
    /** A close was requested; waiting for the server's close frame (or the close timeout). */
    CLOSING,
    /** The socket is gone. Terminal. */
    CLOSED;

    boolean canMoveTo(SessionState next) {
        return next.ordinal() > ordinal() || this == RECONNECTING && next == OPEN;
    }
}
