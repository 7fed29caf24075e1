package io.gptrealtime.camel.openai.sip;

/**
 * Bounds of the webhook listener: a webhook is a small JSON document, so anything larger or slower is refused before
 * it costs memory or a connection.
 *
 * @param maxBodyBytes      larger bodies are answered 413 without being read to the end
 * @param maxHeaderBytes    the request line and headers together
 * @param readTimeoutMillis a connection silent for this long is closed (slow senders cannot hold it)
 */
public record WebhookLimits(int maxBodyBytes, int maxHeaderBytes, long readTimeoutMillis) {

    /** realtime.call.incoming bodies are a few KiB even with many SIP headers. */
    public static final WebhookLimits DEFAULT = new WebhookLimits(256 * 1024, 16 * 1024, 10_000);

    public WebhookLimits {
        if (maxBodyBytes < 1024 || maxHeaderBytes < 1024 || readTimeoutMillis < 1) {
            throw new IllegalArgumentException("webhook limits too small: " + maxBodyBytes + " body bytes, "
                                               + maxHeaderBytes + " header bytes, " + readTimeoutMillis + " ms");
        }
    }
}
