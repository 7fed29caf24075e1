package io.gptrealtime.camel.openai.rest;

/**
 * A Realtime REST call failed: a non-2xx answer or a transport error. The message names the operation, the HTTP
 * status and the service's {@code error.message}; it never contains the API key.
 */
public class RealtimeApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int status;
    private final String errorCode;
    private final String errorMessage;

    public RealtimeApiException(String operation, int status, String errorCode, String errorMessage) {
        super(operation + " failed with HTTP " + status
                + (errorMessage != null ? ": " + errorMessage : "")
                + (errorCode != null ? " (" + errorCode + ")" : ""));
        this.operation = operation;
        this.status = status;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    /** A transport failure before any HTTP status was received; {@link #getStatus()} is 0. */
    public RealtimeApiException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getClass().getSimpleName(), cause);
        this.operation = operation;
        this.status = 0;
        this.errorCode = null;
        this.errorMessage = null;
    }

    /** The operation, e.g. {@code accept} or {@code createClientSecret}. */
    public String getOperation() {
        return operation;
    }

    /** The HTTP status, or 0 for a transport failure. */
    public int getStatus() {
        return status;
    }

    /** The service's {@code error.code}, or null. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The service's {@code error.message}, or null. */
    public String getErrorMessage() {
        return errorMessage;
    }
}
