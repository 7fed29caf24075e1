package io.gptrealtime.camel.session;

/** Thrown when outbound data cannot be queued because the connection does not drain fast enough. */
public class BackpressureException extends RealtimeSessionException {
    public BackpressureException(String message) {
        super(message);
    }
}
