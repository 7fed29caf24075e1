package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A phone call arriving at the simulated OpenAI SIP connector: it rings until a webhook receiver accepts, rejects or
 * refers it over REST ({@code /v1/realtime/calls/{call_id}/…}), and once accepted it carries a model session that a
 * sideband WebSocket ({@code ?call_id=}) can attach to. The caller can speak (a burst of voiced audio that the
 * session's VAD turns into a user turn), press keys, and hang up.
 * <p>
 * State machine, guarded by {@code this}: RINGING → ACCEPTED | REJECTED | TRANSFERRED | ENDED; ACCEPTED →
 * TRANSFERRED | ENDED. Anything else is refused (the REST handler answers 400). Tests read and wait on it from any
 * thread; REST requests move it from event loops.
 */
public final class SimulatedSipCall {

    /** Where the call is. */
    public enum State {
        /** Waiting for accept, reject or refer. */
        RINGING,
        /** Accepted: the caller talks to the model; a sideband connection may attach. */
        ACCEPTED,
        /** Declined with a SIP status ({@link #rejectStatusCode()}). */
        REJECTED,
        /** Sent elsewhere by SIP REFER ({@link #referTarget()}); the model session is over. */
        TRANSFERRED,
        /** Hung up, by the API ({@code hangup}) or the caller. */
        ENDED
    }

    /** Who ended an ENDED call. */
    public enum EndedBy {
        API,
        CALLER
    }

    /** The default status the service sends when a reject names none: 603 Decline. */
    public static final int DEFAULT_REJECT_STATUS = 603;

    private final String callId;
    private final String eventId;
    private final List<Map.Entry<String, String>> sipHeaders;
    private final long createdAt = Instant.now().getEpochSecond();
    /** Draws webhook ids; only used under {@code this}. */
    private final java.util.SplittableRandom random;

    // Everything below is guarded by this.
    private State state = State.RINGING;
    private ObjectNode acceptedSession;
    private Integer rejectStatus;
    private String referTarget;
    private EndedBy endedBy;
    private final List<SimulatedSession> sideband = new ArrayList<>();

    SimulatedSipCall(String callId, String eventId, Map<String, String> sipHeaders, long seed) {
        this.callId = callId;
        this.eventId = eventId;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        sipHeaders.forEach((k, v) -> headers.add(Map.entry(k, v)));
        this.sipHeaders = List.copyOf(headers);
        this.random = new java.util.SplittableRandom(seed);
    }

    /** The {@code rtc_…} id of the call. */
    public String callId() {
        return callId;
    }

    /** The SIP INVITE headers the webhook carries, in order. */
    public Map<String, String> sipHeaders() {
        Map<String, String> m = new LinkedHashMap<>();
        sipHeaders.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
        return m;
    }

    /** The {@code realtime.call.incoming} event body, as OpenAI sends it. */
    public String webhookEvent() {
        ObjectNode root = Json.object();
        root.put("object", "event");
        root.put("id", eventId);
        root.put("type", "realtime.call.incoming");
        root.put("created_at", createdAt);
        ObjectNode data = root.putObject("data");
        data.put("call_id", callId);
        ArrayNode headers = data.putArray("sip_headers");
        for (Map.Entry<String, String> h : sipHeaders) {
            headers.addObject().put("name", h.getKey()).put("value", h.getValue());
        }
        return Json.write(root);
    }

    /** A signed webhook announcing this call to {@code url}, dated now, with a fresh webhook-id; not sent yet. */
    public WebhookRequest webhook(String url, String secret) {
        String id;
        synchronized (this) {
            id = "wh_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        }
        return new WebhookRequest(URI.create(url), secret, id, Instant.now().getEpochSecond(),
                webhookEvent().getBytes(StandardCharsets.UTF_8), null, "POST");
    }

    public synchronized State state() {
        return state;
    }

    /** The session configuration of the accept request (a copy), or null before an accept. */
    public synchronized ObjectNode acceptedSession() {
        return acceptedSession == null ? null : acceptedSession.deepCopy();
    }

    /** The SIP status the caller got from a reject (603 when the request named none), or null. */
    public synchronized Integer rejectStatusCode() {
        return rejectStatus;
    }

    /** The Refer-To target of a refer, or null. */
    public synchronized String referTarget() {
        return referTarget;
    }

    /** Who ended the call, or null while it is not ENDED. */
    public synchronized EndedBy endedBy() {
        return endedBy;
    }

    /** Sideband connections that attached, oldest first. */
    public synchronized List<SimulatedSession> sidebandSessions() {
        return List.copyOf(sideband);
    }

    /** Waits for the call to reach {@code expected}; fails with an {@link AssertionError} on timeout. */
    public synchronized SimulatedSipCall awaitState(State expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (state != expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("call " + callId + " is " + state + ", not " + expected + " after "
                        + timeout.toMillis() + " ms");
            }
            waitNanos(left);
        }
        return this;
    }

    /** Waits for a sideband connection to attach and returns it. */
    public synchronized SimulatedSession awaitSideband(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sideband.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no sideband connection attached to " + callId + " within "
                        + timeout.toMillis() + " ms (call " + state + ")");
            }
            waitNanos(left);
        }
        return sideband.get(sideband.size() - 1);
    }

    // ---- the caller --------------------------------------------------------------------------------------

    /**
     * The caller speaks for {@code speech} (a voiced tone), then falls silent long enough for server VAD to end the
     * turn. The model session of the call hears it as it would hear SIP media: VAD events, a committed user item,
     * its transcription, and the auto-response from the scenario. Needs an attached sideband connection (the
     * simulator runs the call's model session on it).
     */
    public void callerSpeaks(Duration speech) {
        Objects.requireNonNull(speech, "speech");
        onLiveSession(p -> p.callerAudio(AudioSource.tone(440, speech, 0.3), Duration.ofMillis(1200)));
    }

    /** The caller presses keys: one {@code input_audio_buffer.dtmf_event_received} each, in order. */
    public void callerPresses(String digits) {
        for (char c : digits.toCharArray()) {
            if ("0123456789*#ABCD".indexOf(c) < 0) {
                throw new IllegalArgumentException("not a DTMF key: " + c);
            }
        }
        onLiveSession(p -> {
            for (char c : digits.toCharArray()) {
                p.callerDtmf(c);
            }
        });
    }

    /** The caller hangs up: the call ends and every sideband connection is closed (1000). */
    public void callerHangsUp() {
        List<SimulatedSession> toClose;
        synchronized (this) {
            if (state != State.RINGING && state != State.ACCEPTED) {
                throw new IllegalStateException("call " + callId + " is " + state + "; the caller cannot hang up");
            }
            state = State.ENDED;
            endedBy = EndedBy.CALLER;
            toClose = List.copyOf(sideband);
            notifyAll();
        }
        closeAll(toClose, "the caller hung up");
    }

    private void onLiveSession(Consumer<SessionProtocol> work) {
        SimulatedSession live;
        synchronized (this) {
            if (state != State.ACCEPTED) {
                throw new IllegalStateException("call " + callId + " is " + state + ", not ACCEPTED");
            }
            live = sideband.stream().filter(SimulatedSession::isOpen).reduce((a, b) -> b).orElseThrow(
                    () -> new IllegalStateException("call " + callId + " has no open sideband connection: the "
                            + "simulator runs the call's model session on it"));
        }
        live.onProtocol(work);
    }

    // ---- REST transitions (event loops) ------------------------------------------------------------------

    synchronized void accept(ObjectNode session) {
        require("accept", State.RINGING);
        acceptedSession = session.deepCopy();
        state = State.ACCEPTED;
        notifyAll();
    }

    synchronized void reject(Integer statusCode) {
        require("reject", State.RINGING);
        rejectStatus = statusCode == null ? DEFAULT_REJECT_STATUS : statusCode;
        state = State.REJECTED;
        notifyAll();
    }

    void refer(String target) {
        List<SimulatedSession> toClose;
        synchronized (this) {
            require("refer", State.RINGING, State.ACCEPTED);
            referTarget = target;
            state = State.TRANSFERRED;
            toClose = List.copyOf(sideband);
            notifyAll();
        }
        closeAll(toClose, "the call was transferred");
    }

    void hangup() {
        List<SimulatedSession> toClose;
        synchronized (this) {
            require("hang up", State.RINGING, State.ACCEPTED);
            state = State.ENDED;
            endedBy = EndedBy.API;
            toClose = List.copyOf(sideband);
            notifyAll();
        }
        closeAll(toClose, "the call was hung up");
    }

    /** Whether a sideband connection may attach now. */
    synchronized boolean acceptsSideband() {
        return state == State.ACCEPTED;
    }

    synchronized void sidebandAttached(SimulatedSession session) {
        sideband.add(session);
        notifyAll();
    }

    private void require(String action, State... allowed) {
        for (State s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new IllegalStateException("Cannot " + action + " call " + callId + ": it is " + state.name()
                .toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private static void closeAll(List<SimulatedSession> sessions, String reason) {
        for (SimulatedSession s : sessions) {
            if (s.isOpen()) {
                try {
                    s.close(1000, reason);
                } catch (RuntimeException e) {
                    // its connection is already gone
                }
            }
        }
    }

    private void waitNanos(long nanos) {
        try {
            long ms = Math.max(1, Math.min(100, nanos / 1_000_000));
            wait(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting on call " + callId, e);
        }
    }

    @Override
    public synchronized String toString() {
        return "SimulatedSipCall[" + callId + ", " + state + "]";
    }
}
