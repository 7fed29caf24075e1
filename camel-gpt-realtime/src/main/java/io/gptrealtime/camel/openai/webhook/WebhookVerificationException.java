package io.gptrealtime.camel.openai.webhook;

/**
 * Thrown when a Standard Webhooks request cannot be trusted. The message says which check failed and never contains the
 * signing secret or the expected signature, so it is safe to log and to return to the caller as a 401 reason.
 */
public class WebhookVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a webhook was refused. */
    public enum Reason {
        /** One of webhook-id, webhook-timestamp or webhook-signature is absent or blank. */
        MISSING_HEADER,
        /** No {@code v1} signature in the header matches the body. */
        BAD_SIGNATURE,
        /** The timestamp is unparseable or further from now than the tolerance, in either direction. */
        STALE_TIMESTAMP,
        /** A correctly signed webhook-id that was already accepted within the tolerance window. */
        REPLAYED,
        /** The configured secret is empty or its {@code whsec_} part is not valid base64. */
        MALFORMED_SECRET
    }

    private final Reason reason;

    public WebhookVerificationException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    /** The failed check; maps to the HTTP answer (all reasons except MALFORMED_SECRET are the sender's fault). */
    public Reason getReason() {
        return reason;
    }
}
