package io.gptrealtime.simulator;

import java.util.Objects;

/**
 * One POST of a webhook as sent, and the receiver's answer. {@link #resend()} posts the identical request again
 * (same webhook-id, timestamp, signature and body): what a retry or a replay attacker sends. Immutable.
 */
public final class WebhookDelivery {

    private final WebhookRequest request;
    private final String signature;
    private final int status;
    private final String responseBody;

    WebhookDelivery(WebhookRequest request, String signature, int status, String responseBody) {
        this.request = request;
        this.signature = signature;
        this.status = status;
        this.responseBody = responseBody;
    }

    /** The HTTP status the receiver answered with. */
    public int status() {
        return status;
    }

    public String responseBody() {
        return responseBody;
    }

    public String webhookId() {
        return request.webhookId();
    }

    /** The webhook-signature header that was sent. */
    public String signature() {
        return signature;
    }

    /** Posts exactly the same request again to the same URL. */
    public WebhookDelivery resend() {
        return request.post(signature);
    }

    @Override
    public String toString() {
        return "WebhookDelivery[" + webhookId() + " -> " + status + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookDelivery d && d.status == status && Objects.equals(d.signature, signature)
                && d.request == request;
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, signature, status);
    }
}
