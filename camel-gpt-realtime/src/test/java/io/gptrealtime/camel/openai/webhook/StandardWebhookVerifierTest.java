package io.gptrealtime.camel.openai.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gptrealtime.camel.openai.webhook.WebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandardWebhookVerifierTest {

    private static final byte[] KEY = "a test key of some thirty-two by".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final long NOW = 1_750_287_078L;
    private static final byte[] BODY = ("{\"object\":\"event\",\"type\":\"realtime.call.incoming\","
            + "\"data\":{\"call_id\":\"rtc_1\",\"sip_headers\":[]}}").getBytes(StandardCharsets.UTF_8);

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final StandardWebhookVerifier verifier
            = new StandardWebhookVerifier(SECRET, Duration.ofMinutes(5), clock, 100);

    /** Computed here with the JDK directly, so a bug in the verifier's signing cannot hide itself. */
    private static String sign(byte[] key, String id, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static Map<String, Object> headers(String id, long ts, String signature) {
        Map<String, Object> h = new HashMap<>();
        h.put("Webhook-Id", id); // mixed case, as some HTTP layers deliver it
        h.put("webhook-timestamp", Long.toString(ts));
        h.put("webhook-signature", signature);
        return h;
    }

    private Reason refusal(Map<String, ?> headers, byte[] body) {
        return assertThrows(WebhookVerificationException.class, () -> verifier.verify(headers, body)).getReason();
    }

    @Test
    void goodSignatureIsAccepted() throws Exception {
        String sig = sign(KEY, "wh_1", NOW, BODY);
        assertDoesNotThrow(() -> verifier.verify(headers("wh_1", NOW, "v1," + sig), BODY));
    }

    @Test
    void oneGoodSignatureAmongSeveralIsEnough() throws Exception {
        String other = sign("an old rotated key".getBytes(StandardCharsets.UTF_8), "wh_2", NOW, BODY);
        String good = sign(KEY, "wh_2", NOW, BODY);
        String header = "v1," + other + " v2,notours v1,%%%notbase64 v1," + good;
        assertDoesNotThrow(() -> verifier.verify(headers("wh_2", NOW, header), BODY));
    }

    @Test
    void forgedSignatureIsRefused() throws Exception {
        String sig = sign(KEY, "wh_3", NOW, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("rtc_1", "rtc_2")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.BAD_SIGNATURE, refusal(headers("wh_3", NOW, "v1," + sig), tampered));
        String random = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(Reason.BAD_SIGNATURE, refusal(headers("wh_3", NOW, "v1," + random), BODY));
        // The unversioned raw signature is not a v1 entry.
        assertEquals(Reason.BAD_SIGNATURE, refusal(headers("wh_3", NOW, sig), BODY));
    }

    @Test
    void wrongSecretIsRefused() throws Exception {
        String sig = sign("some other project key".getBytes(StandardCharsets.UTF_8), "wh_4", NOW, BODY);
        assertEquals(Reason.BAD_SIGNATURE, refusal(headers("wh_4", NOW, "v1," + sig), BODY));
    }

    @Test
    void staleAndFutureTimestampsAreRefused() throws Exception {
        long old = NOW - 301;
        long future = NOW + 301;
        assertEquals(Reason.STALE_TIMESTAMP, refusal(headers("wh_5", old, "v1," + sign(KEY, "wh_5", old, BODY)), BODY));
        assertEquals(Reason.STALE_TIMESTAMP,
                refusal(headers("wh_6", future, "v1," + sign(KEY, "wh_6", future, BODY)), BODY));
        // The edge of the window is still inside.
        long edge = NOW - 300;
        assertDoesNotThrow(() -> verifier.verify(headers("wh_7", edge, "v1," + sign(KEY, "wh_7", edge, BODY)), BODY));
        Map<String, Object> garbage = headers("wh_8", NOW, "v1," + sign(KEY, "wh_8", NOW, BODY));
        garbage.put("webhook-timestamp", "yesterday");
        assertEquals(Reason.STALE_TIMESTAMP, refusal(garbage, BODY));
    }

    @Test
    void toleranceIsConfigurable() throws Exception {
        StandardWebhookVerifier strict = new StandardWebhookVerifier(SECRET, Duration.ofSeconds(10), clock, 10);
        long ts = NOW - 11;
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> strict.verify("wh_9", Long.toString(ts), "v1," + sign(KEY, "wh_9", ts, BODY), BODY));
        assertEquals(Reason.STALE_TIMESTAMP, e.getReason());
    }

    @Test
    void replayedIdIsRefused() throws Exception {
        Map<String, Object> h = headers("wh_10", NOW, "v1," + sign(KEY, "wh_10", NOW, BODY));
        verifier.verify(h, BODY);
        assertEquals(Reason.REPLAYED, refusal(h, BODY));
    }

    @Test
    void forgedRequestDoesNotBurnTheId() throws Exception {
        String random = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(Reason.BAD_SIGNATURE, refusal(headers("wh_11", NOW, "v1," + random), BODY));
        String good = sign(KEY, "wh_11", NOW, BODY);
        assertDoesNotThrow(() -> verifier.verify(headers("wh_11", NOW, "v1," + good), BODY));
    }

    @Test
    void missingHeadersAreRefused() throws Exception {
        String sig = "v1," + sign(KEY, "wh_12", NOW, BODY);
        for (String name : new String[] { "Webhook-Id", "webhook-timestamp", "webhook-signature" }) {
            Map<String, Object> h = headers("wh_12", NOW, sig);
            h.remove(name);
            assertEquals(Reason.MISSING_HEADER, refusal(h, BODY), name);
            h.put(name, " ");
            assertEquals(Reason.MISSING_HEADER, refusal(h, BODY), name);
        }
    }

    @Test
    void malformedSecretIsRefusedWithoutEchoingIt() {
        for (String bad : new String[] { "whsec_!!not*base64!!", "whsec_", "", null }) {
            WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                    () -> new StandardWebhookVerifier(bad));
            assertEquals(Reason.MALFORMED_SECRET, e.getReason());
            if (bad != null && bad.length() > 6) {
                assertFalse(e.getMessage().contains(bad.substring(6)));
            }
        }
    }

    @Test
    void secretNeverAppearsInTextOrMessages() throws Exception {
        String base64 = SECRET.substring(6);
        assertFalse(verifier.toString().contains(base64));
        String expected = sign(KEY, "wh_13", NOW, BODY);
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(headers("wh_13", NOW, "v1,AAAA"), BODY));
        assertFalse(e.getMessage().contains(base64));
        assertFalse(e.getMessage().contains(expected));
    }

    @Test
    void replayMemoryStaysBounded() throws Exception {
        StandardWebhookVerifier small = new StandardWebhookVerifier(SECRET, Duration.ofMinutes(5), clock, 3);
        for (int i = 0; i < 10; i++) {
            String id = "wh_b" + i;
            small.verify(id, Long.toString(NOW), "v1," + sign(KEY, id, NOW, BODY), BODY);
        }
        // The newest ids are still remembered.
        String last = "wh_b9";
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> small.verify(last, Long.toString(NOW), "v1," + sign(KEY, last, NOW, BODY), BODY));
        assertEquals(Reason.REPLAYED, e.getReason());
    }

    @Test
    void seenIdsExpireWhenTheirTimestampGoesStale() {
        SeenWebhookIds ids = new SeenWebhookIds(2);
        assertEquals(true, ids.markSeen("a", 100, 400));
        assertEquals(false, ids.markSeen("a", 200, 500));
        assertEquals(true, ids.markSeen("b", 100, 150));
        // "b" expired at 150: making room evicts it rather than the live "a".
        assertEquals(true, ids.markSeen("c", 200, 500));
        assertEquals(false, ids.markSeen("a", 300, 600));
        assertEquals(2, ids.size());
    }
}
