package io.gptrealtime.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@code realtime.call.incoming} webhook about to be posted, signed with the project's secret as OpenAI signs it.
 * The withers make the variants a receiver must refuse: another secret, a stale timestamp, a forged signature, a
 * different body. Immutable; {@link #send()} blocks until the receiver answers.
 *
 * <pre>{@code
 * WebhookDelivery ok = call.webhook(url, "whsec_...").send();
 * WebhookDelivery stale = call.webhook(url, "whsec_...").timestamp(Instant.now().minusSeconds(600)).send();
 * WebhookDelivery replay = ok.resend();
 * }</pre>
 */
public final class WebhookRequest {

    /** Shared by all requests: its threads are daemons and it holds no per-request state. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final String secret;
    private final String webhookId;
    private final long timestamp;
    private final byte[] body;
    /** Sent instead of the computed signature when set. */
    private final String signature;
    private final String method;

    WebhookRequest(URI url, String secret, String webhookId, long timestamp, byte[] body, String signature,
                   String method) {
        this.url = Objects.requireNonNull(url, "url");
        this.secret = secret;
        this.webhookId = webhookId;
        this.timestamp = timestamp;
        this.body = body;
        this.signature = signature;
        this.method = method;
    }

    public String webhookId() {
        return webhookId;
    }

    public long timestamp() {
        return timestamp;
    }

    /** The raw body (a copy). */
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Signed with another secret. */
    public WebhookRequest secret(String otherSecret) {
        return new WebhookRequest(url, otherSecret, webhookId, timestamp, body, signature, method);
    }

    /** Dated at {@code instant} (and signed over that date). */
    public WebhookRequest timestamp(Instant instant) {
        return new WebhookRequest(url, secret, webhookId, instant.getEpochSecond(), body, signature, method);
    }

    public WebhookRequest webhookId(String id) {
        return new WebhookRequest(url, secret, id, timestamp, body, signature, method);
    }

    /** Another body, signed correctly (a malformed but authentic request), unless a signature is forced. */
    public WebhookRequest body(String text) {
        return new WebhookRequest(url, secret, webhookId, timestamp, text.getBytes(StandardCharsets.UTF_8), signature,
                method);
    }

    /** Sends this webhook-signature header instead of the correct one (a forgery). */
    public WebhookRequest signature(String header) {
        return new WebhookRequest(url, secret, webhookId, timestamp, body, header, method);
    }

    /** Another URL (e.g. a wrong path). */
    public WebhookRequest url(String other) {
        return new WebhookRequest(URI.create(other), secret, webhookId, timestamp, body, signature, method);
    }

    /** Another HTTP method (a body is sent only with POST and PUT). */
    public WebhookRequest method(String httpMethod) {
        return new WebhookRequest(url, secret, webhookId, timestamp, body, signature, httpMethod);
    }

    /** The signature this request carries. */
    public String signatureHeader() {
        return signature != null ? signature : WebhookSigner.sign(secret, webhookId, timestamp, body);
    }

    /** Posts it and returns the answer. */
    public WebhookDelivery send() {
        return post(signatureHeader());
    }

    WebhookDelivery post(String signatureHeader) {
        boolean withBody = "POST".equals(method) || "PUT".equals(method);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatureHeader)
                .method(method, withBody ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new WebhookDelivery(this, signatureHeader, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot deliver webhook " + webhookId + " to " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering webhook " + webhookId, e);
        }
    }

    @Override
    public String toString() {
        return "WebhookRequest[" + method + " " + url + ", " + webhookId + "]";
    }
}
