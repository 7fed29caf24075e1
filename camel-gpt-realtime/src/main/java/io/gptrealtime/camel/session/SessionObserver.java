package io.gptrealtime.camel.session;

import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * Sees every server event on the socket reader thread, before routes do. For the latency-critical parts of the
 * engine only (audio playout, barge-in, turn collection): implementations must not block and must be quick.
 */
public interface SessionObserver {

    void onServerEvent(RealtimeSession session, ServerEvent event);

    /**
     * A replacement server session took over the call and carries the replayed conversation: after a dropped
     * connection ({@code rotation} false) or a rotation before the session cap (true). Called on the new connection's
     * reader thread.
     */
    default void onConnectionReplaced(RealtimeSession session, boolean rotation) {
    }

    /** The session ended; called once, on whichever thread noticed it. */
    default void onSessionClosed(RealtimeSession session, Throwable cause) {
    }
}
