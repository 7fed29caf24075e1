package io.gptrealtime.camel.openai.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gptrealtime.camel.openai.rest.RealtimeCallsClient;
import io.gptrealtime.camel.openai.webhook.IncomingCall;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.InputAudioBufferDtmfEventReceivedEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionObserver;
import io.gptrealtime.camel.telephony.CallControl;
import io.gptrealtime.camel.telephony.CallEndedBy;
import io.gptrealtime.camel.telephony.CallEvent;
import io.gptrealtime.camel.telephony.CallInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An accepted OpenAI-native SIP call and its sideband session: OpenAI carries the audio, this object controls the
 * call over REST (hang up, refer) and reports its lifecycle to the routes as {@link CallEvent}s in order with the
 * session's events (call.started when the sideband is open, call.dtmf per key, call.ended before session.closed).
 * <p>
 * The call ends exactly once ({@link #ended}): by {@link #hangUp()} or {@link #transfer} (endedBy agent), by the
 * service closing the sideband normally (the caller hung up), or by the sideband failing for good (endedBy error;
 * then the call is hung up too, since the agent cannot serve it without tools). A route closing the session only
 * detaches: the call goes on with the model. Threads: the reader thread calls the observer methods; call control runs
 * on the caller's thread (blocking REST).
 */
public final class SidebandCall implements CallControl, SessionObserver {

    private static final Logger LOG = LoggerFactory.getLogger(SidebandCall.class);
    /** The gateway name in call events and session keys. */
    public static final String GATEWAY = "openai";

    private final CallInfo info;
    private final RealtimeCallsClient rest;
    /** Runs the best-effort hang-up after a sideband failure (never on the reader thread). */
    private final Executor executor;
    private final AtomicBoolean ended = new AtomicBoolean();
    /** Set once by {@link #attachTo}, before the session connects. */
    private volatile RealtimeSession session;
    /** System.nanoTime() when the sideband opened; 0 before. */
    private volatile long openedAtNanos;
    private volatile boolean startedPublished;
    private volatile CallEndedBy endedBy;
    /**
     * Set just before our own hang-up or refer request: the service may close the sideband before the request returns,
     * and that close must still be reported as the agent's doing. Cleared again when the request fails.
     */
    private volatile Ending ending;

    private record Ending(CallEndedBy by, String reason) {
    }

    public SidebandCall(CallInfo info, RealtimeCallsClient rest, Executor executor) {
        this.info = info;
        this.rest = rest;
        this.executor = executor;
    }

    /** The call as the routes see it: gateway openai, the rtc_ id, From, To and the INVITE headers. */
    public static CallInfo callInfo(IncomingCall call) {
        Map<String, String> headers = new LinkedHashMap<>();
        call.sipHeaders().forEach(h -> headers.putIfAbsent(h.name(), h.value()));
        return new CallInfo(GATEWAY, call.callId(), call.from().orElse(null), call.to().orElse(null), headers);
    }

    /** The session key of an OpenAI call: {@code openai:<call id>}. */
    public static String sessionKey(String callId) {
        return GATEWAY + ":" + callId;
    }

    /** Binds this call to its new sideband session; called before the session connects, so nothing is missed. */
    public void attachTo(RealtimeSession s) {
        session = s;
        s.attributes().put(SESSION_ATTRIBUTE, this);
        s.addObserver(this);
        s.whenOpen().thenRun(() -> {
            openedAtNanos = System.nanoTime();
            if (!ended.get()) {
                startedPublished = true;
                s.publish(CallEvent.started(info));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ observer (reader)

    @Override
    public void onServerEvent(RealtimeSession s, ServerEvent event) {
        if (EventTypes.INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED.equals(event.getType()) && startedPublished
            && !ended.get()) {
            String key = ((InputAudioBufferDtmfEventReceivedEvent) event).getEvent();
            if (key != null && key.length() == 1) {
                s.publish(CallEvent.dtmf(info, key.charAt(0), sinceOpenMs()));
            }
        }
    }

    @Override
    public void onSessionClosed(RealtimeSession s, Throwable cause) {
        if (cause == null) {
            Ending ours = ending;
            end(ours != null ? ours.by() : CallEndedBy.caller, ours != null ? ours.reason() : "the call ended", false);
            return;
        }
        if (end(CallEndedBy.error, "the sideband failed: " + cause.getMessage(), false)) {
            try {
                executor.execute(() -> {
                    try {
                        rest.hangup(info.callId());
                    } catch (RuntimeException e) {
                        LOG.debug("{}: hang-up after the sideband failed: {}", this, e.getMessage());
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.debug("{}: no thread to hang up after the sideband failed", this);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ call control

    @Override
    public CallInfo call() {
        return info;
    }

    /** Hangs up over REST (idempotent), then ends the call and closes the sideband. */
    @Override
    public void hangUp() {
        if (!isActive()) {
            return;
        }
        Ending e = new Ending(CallEndedBy.agent, "hung up by the agent");
        request(e, () -> rest.hangup(info.callId()));
        end(e.by(), e.reason(), true);
    }

    /** Transfers the caller by SIP REFER; the call then leaves OpenAI, so it ends here. */
    @Override
    public void transfer(String target) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("A transfer needs a target URI");
        }
        requireActive();
        String uri = TransferTargets.requireUri(target.trim());
        Ending e = new Ending(CallEndedBy.agent, "transferred to " + uri);
        request(e, () -> rest.refer(info.callId(), uri));
        end(e.by(), e.reason(), true);
    }

    @Override
    public void sendDtmf(String digits) {
        throw new UnsupportedOperationException("OpenAI SIP calls cannot send DTMF to the caller: the service has no"
                                                + " such control (call " + info.callId() + ")");
    }

    @Override
    public boolean isActive() {
        return !ended.get();
    }

    public RealtimeSession session() {
        return session;
    }

    /** Who ended the call, null while it is up. */
    public CallEndedBy endedBy() {
        return endedBy;
    }

    @Override
    public String toString() {
        return "OpenAiCall[" + info.callId() + (ended.get() ? ", ended by " + endedBy : "") + "]";
    }

    /** Runs a request that ends the call, so that a close it causes is attributed to {@code e}. */
    private void request(Ending e, Runnable rest) {
        ending = e;
        try {
            rest.run();
        } catch (RuntimeException failed) {
            ending = null;
            throw failed;
        }
    }

    private boolean end(CallEndedBy by, String reason, boolean closeSession) {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        endedBy = by;
        RealtimeSession s = session;
        if (s != null) {
            if (startedPublished) {
                s.publish(CallEvent.ended(info, by, reason, sinceOpenMs()));
            }
            if (closeSession) {
                s.close();
            }
        }
        return true;
    }

    private long sinceOpenMs() {
        long at = openedAtNanos;
        return at == 0 ? 0 : (System.nanoTime() - at) / 1_000_000;
    }

    private void requireActive() {
        if (ended.get()) {
            throw new IllegalStateException("The call " + info.callId() + " has ended");
        }
    }
}
