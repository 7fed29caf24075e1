package io.gptrealtime.camel.openai.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gptrealtime.camel.openai.webhook.WebhookVerificationException.Reason;

/**
 * Verifies webhooks signed with the Standard Webhooks scheme, as OpenAI sends {@code realtime.call.incoming}.
 * <p>
 * Checks, in order: the three headers are present; the timestamp is within the tolerance of now (both ways); one of the
 * space-separated {@code v1,<base64>} signatures equals Base64(HMAC-SHA256(key, id + "." + timestamp + "." + body));
 * and the webhook-id was not accepted before. The id is recorded only after the signature checks out, so forged
 * requests cannot fill the replay memory or block a genuine id in advance.
 * <p>
 * Thread-safe: one instance per secret can serve concurrent requests.
 */
public final class StandardWebhookVerifier {

    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIMESTAMP = "webhook-timestamp";
    public static final String HEADER_SIGNATURE = "webhook-signature";
    /** The tolerance the official SDKs use. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** Enough for far more webhooks than a project receives in a tolerance window. */
    public static final int DEFAULT_MAX_REMEMBERED_IDS = 10_000;

    private static final String SECRET_PREFIX = "whsec_";
    private static final String SIGNATURE_VERSION = "v1,";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration tolerance;
    private final Clock clock;
    private final SeenWebhookIds seenIds;

    /** A verifier with the 5-minute tolerance and the system clock. */
    public StandardWebhookVerifier(String secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC(), DEFAULT_MAX_REMEMBERED_IDS);
    }

    /**
     * @param secret          the signing secret, {@code whsec_<base64>}; without the prefix its UTF-8 bytes are the key,
     *                        as in the official SDKs
     * @param tolerance       how far the timestamp may be from now, in the past or the future
     * @param clock           the source of "now" (injectable for tests)
     * @param maxRememberedIds bound of the replay memory
     * @throws WebhookVerificationException with {@link Reason#MALFORMED_SECRET} if the secret is unusable
     */
    public StandardWebhookVerifier(String secret, Duration tolerance, Clock clock, int maxRememberedIds) {
        this.key = new SecretKeySpec(decodeSecret(secret), HMAC);
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seenIds = new SeenWebhookIds(maxRememberedIds);
    }

    /**
     * Verifies a request given its headers (looked up case-insensitively, since HTTP header names are) and raw body.
     *
     * @throws WebhookVerificationException if any check fails
     */
    public void verify(Map<String, ?> headers, byte[] body) {
        verify(header(headers, HEADER_ID), header(headers, HEADER_TIMESTAMP), header(headers, HEADER_SIGNATURE), body);
    }

    /**
     * Verifies a request given the three header values and the raw body exactly as received (re-serialised JSON
     * would not match the signature).
     *
     * @throws WebhookVerificationException if any check fails
     */
    public void verify(String webhookId, String timestamp, String signatureHeader, byte[] body) {
        requireHeader(HEADER_ID, webhookId);
        requireHeader(HEADER_TIMESTAMP, timestamp);
        requireHeader(HEADER_SIGNATURE, signatureHeader);
        Objects.requireNonNull(body, "body");

        long now = clock.instant().getEpochSecond();
        long sentAt = parseTimestamp(timestamp.trim());
        long skew = Math.abs(now - sentAt);
        if (skew > tolerance.getSeconds()) {
            throw new WebhookVerificationException(Reason.STALE_TIMESTAMP,
                    "webhook-timestamp is " + skew + " s away from now, tolerance is " + tolerance.getSeconds() + " s");
        }

        byte[] expected = sign(webhookId, timestamp.trim(), body);
        if (!anySignatureMatches(signatureHeader, expected)) {
            throw new WebhookVerificationException(Reason.BAD_SIGNATURE, "no v1 signature matches the body");
        }

        // Remember the id until the timestamp goes stale; after that the timestamp check refuses a replay by itself.
        if (!seenIds.markSeen(webhookId, now, sentAt + tolerance.getSeconds())) {
            throw new WebhookVerificationException(Reason.REPLAYED, "webhook-id " + webhookId + " was already accepted");
        }
    }

    @Override
    public String toString() {
        // Deliberately leaves out the key.
        return "StandardWebhookVerifier[tolerance=" + tolerance + "]";
    }

    private static byte[] decodeSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new WebhookVerificationException(Reason.MALFORMED_SECRET, "the webhook secret is empty");
        }
        String trimmed = secret.trim();
        if (!trimmed.startsWith(SECRET_PREFIX)) {
            return trimmed.getBytes(StandardCharsets.UTF_8);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(trimmed.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            // Not chained: the cause's message could quote part of the secret.
            throw new WebhookVerificationException(Reason.MALFORMED_SECRET, "the whsec_ part of the secret is not base64");
        }
        if (decoded.length == 0) {
            throw new WebhookVerificationException(Reason.MALFORMED_SECRET, "the whsec_ secret has no key bytes");
        }
        return decoded;
    }

    private byte[] sign(String webhookId, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static boolean anySignatureMatches(String signatureHeader, byte[] expected) {
        boolean matched = false;
        for (String entry : signatureHeader.trim().split("\\s+")) {
            if (!entry.startsWith(SIGNATURE_VERSION)) {
                continue; // other versions are for other schemes; ignoring them keeps forward compatibility
            }
            byte[] candidate;
            try {
                candidate = Base64.getDecoder().decode(entry.substring(SIGNATURE_VERSION.length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // No early exit: the time taken should not reveal which entry matched.
            matched |= MessageDigest.isEqual(candidate, expected);
        }
        return matched;
    }

    private static long parseTimestamp(String timestamp) {
        try {
            return Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(Reason.STALE_TIMESTAMP, "webhook-timestamp is not a unix time");
        }
    }

    private static void requireHeader(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new WebhookVerificationException(Reason.MISSING_HEADER, "header " + name + " is missing");
        }
    }

    private static String header(Map<String, ?> headers, String name) {
        Object value = headers.get(name);
        if (value == null) {
            for (Map.Entry<String, ?> e : headers.entrySet()) {
                if (name.equalsIgnoreCase(e.getKey())) {
                    value = e.getValue();
                    break;
                }
            }
        }
        if (value instanceof Iterable<?> values) {
            // Some HTTP layers expose headers as lists; a webhook sends each once.
            var it = values.iterator();
            value = it.hasNext() ? it.next() : null;
        }
        return value == null ? null : value.toString();
    }
}
