package io.gptrealtime.camel.openai.webhook;

/** Thrown when a verified webhook body is not the expected JSON event; maps to HTTP 400. */
public class MalformedWebhookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedWebhookException(String message) {
        super(message);
    }

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
