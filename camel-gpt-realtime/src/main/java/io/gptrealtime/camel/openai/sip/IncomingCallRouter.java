package io.gptrealtime.camel.openai.sip;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import io.gptrealtime.camel.openai.webhook.IncomingCall;
import io.gptrealtime.camel.openai.webhook.MalformedWebhookException;
import io.gptrealtime.camel.openai.webhook.StandardWebhookVerifier;
import io.gptrealtime.camel.openai.webhook.WebhookVerificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a webhook POST means, decided on the listener's event loop without blocking, in this order:
 * <ol>
 * <li>capacity: past {@code maxPending} calls in progress, 503 before anything is recorded, so OpenAI's retry can
 * succeed later;</li>
 * <li>authenticity: Standard Webhooks verification (headers, timestamp tolerance, signature, replayed webhook-id) —
 * 401 with the failed check as reason;</li>
 * <li>shape: a body that is not a webhook event — 400;</li>
 * <li>relevance: other event types, and a call id already handled (a second delivery under a new webhook-id), are
 * acknowledged with 200 and dropped.</li>
 * </ol>
 * Only then is the call handed to the {@link CallHandler} on the executor, and answered 200 at once: OpenAI wants a
 * prompt 2xx, and the route and the accept request may take longer. Nothing unverified ever reaches the handler.
 */
public final class IncomingCallRouter implements WebhookServer.Receiver {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingCallRouter.class);
    /** Call ids remembered against duplicate deliveries; a call rings for a minute or two at most. */
    static final int REMEMBERED_CALLS = 10_000;

    /** Runs the route and the call control of one verified incoming call, on the executor. */
    @FunctionalInterface
    public interface CallHandler {
        void handle(IncomingCall call, String webhookId);
    }

    private final StandardWebhookVerifier verifier;
    private final Semaphore pending;
    private final int maxPending;
    private final Executor executor;
    private final CallHandler handler;
    /** Insertion-ordered so the oldest is dropped first. Guarded by itself. */
    private final Set<String> handledCalls = new LinkedHashSet<>();

    public IncomingCallRouter(StandardWebhookVerifier verifier, int maxPending, Executor executor,
                              CallHandler handler) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("webhookMaxPendingCalls must be at least 1, was " + maxPending);
        }
        this.verifier = verifier;
        this.maxPending = maxPending;
        this.pending = new Semaphore(maxPending);
        this.executor = executor;
        this.handler = handler;
    }

    @Override
    public WebhookServer.Answer receive(Map<String, String> headers, byte[] body) {
        if (!pending.tryAcquire()) {
            return new WebhookServer.Answer(503, "too many calls in progress");
        }
        boolean handedOver = false;
        try {
            try {
                verifier.verify(headers, body);
            } catch (WebhookVerificationException e) {
                LOG.warn("Refused a webhook from {}: {}", headers.getOrDefault("user-agent", "?"), e.getMessage());
                return new WebhookServer.Answer(401, e.getReason().name().toLowerCase(java.util.Locale.ROOT));
            }
            String webhookId = headers.get(StandardWebhookVerifier.HEADER_ID);
            IncomingCall call;
            try {
                call = IncomingCall.parse(body);
            } catch (MalformedWebhookException e) {
                LOG.warn("Webhook {} is signed but malformed: {}", webhookId, e.getMessage());
                return new WebhookServer.Answer(400, e.getMessage());
            }
            if (!call.isCallIncoming()) {
                LOG.debug("Webhook {} is a {} event: ignored", webhookId, call.type());
                return new WebhookServer.Answer(200, "ignored " + call.type());
            }
            if (!firstDelivery(call.callId())) {
                LOG.info("Webhook {} announces call {} again: ignored", webhookId, call.callId());
                return new WebhookServer.Answer(200, "call already handled");
            }
            executor.execute(() -> {
                try {
                    handler.handle(call, webhookId);
                } finally {
                    pending.release();
                }
            });
            handedOver = true;
            return new WebhookServer.Answer(200, "accepted");
        } catch (RejectedExecutionException e) {
            return new WebhookServer.Answer(503, "shutting down");
        } finally {
            if (!handedOver) {
                pending.release();
            }
        }
    }

    /** Calls in progress (route or call control running). */
    public int pendingCalls() {
        return maxPending - pending.availablePermits();
    }

    private boolean firstDelivery(String callId) {
        synchronized (handledCalls) {
            if (!handledCalls.add(callId)) {
                return false;
            }
            if (handledCalls.size() > REMEMBERED_CALLS) {
                Iterator<String> oldest = handledCalls.iterator();
                oldest.next();
                oldest.remove();
            }
            return true;
        }
    }
}
