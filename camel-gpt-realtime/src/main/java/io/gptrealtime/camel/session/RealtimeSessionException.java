package io.gptrealtime.camel.session;

/** A failure of a Realtime session: connecting, sending, or an error reported by the service. */
public class RealtimeSessionException extends RuntimeException {

    private final String errorCode;

    public RealtimeSessionException(String message) {
        this(message, null, null);
    }

    public RealtimeSessionException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public RealtimeSessionException(String message, String errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The service's error code (e.g. invalid_api_key) when the service reported the failure, else null. */
    public String getErrorCode() {
        return errorCode;
    }
}
