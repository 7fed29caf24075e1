package io.gptrealtime.camel.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.gptrealtime.camel.protocol.ClientEvent;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.InputAudioBufferCommittedEvent;
import io.gptrealtime.camel.protocol.InputAudioTranscriptionCompletedEvent;
import io.gptrealtime.camel.protocol.RealtimeEventCodec;
import io.gptrealtime.camel.protocol.RealtimeProtocolException;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.ResponseCancelEvent;
import io.gptrealtime.camel.protocol.ResponseCreateEvent;
import io.gptrealtime.camel.protocol.ResponseCreateParams;
import io.gptrealtime.camel.protocol.ResponseCreatedEvent;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseFunctionCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioTranscriptDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputTextDoneEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.SessionCreatedEvent;
import io.gptrealtime.camel.protocol.SessionUpdateEvent;
import io.gptrealtime.camel.protocol.translation.TranslationSessionCloseEvent;
import io.gptrealtime.camel.protocol.translation.TranslationSessionCreatedEvent;
import io.gptrealtime.camel.protocol.translation.TranslationSessionUpdateEvent;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Realtime conversation: a logical session that outlives its WebSocket connections. It connects, configures,
 * sends client events with backpressure, orders our response requests, and hands server events to observers (inline,
 * on the reader thread) and to the listener (in order, on the session's dispatcher).
 * <p>
 * When the socket breaks (network error, abnormal close, the service's session cap) it reconnects with backoff,
 * configures the new server session the same way and seeds it from the {@link ConversationLedger}, so the call goes on
 * where it was; caller audio that arrives meanwhile is buffered ({@link GapBuffer}) and other client events are held.
 * Before the service's cap it rotates to a fresh server session at a quiet moment, the same way, invisibly.
 * <p>
 * Threading: each connection's OkHttp reader thread delivers its events one at a time; it only decodes, updates the
 * bookkeeping and observers, and enqueues for the dispatcher. Public methods are thread-safe. {@link #sendLock} orders
 * outbound traffic against connection swaps.
 */
public final class RealtimeSession {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeSession.class);
    private static final AtomicLong SESSION_SEQ = new AtomicLong();
    /** How long a VAD-committed turn may take to produce its response.created before waiting requests go out. */
    private static final long SERVER_RESPONSE_GRACE_MILLIS = 3_000;
    private static final int MAX_WAITING_RESPONSES = 64;
    /** The service's limit on one append event; we refuse before it would. */
    public static final int MAX_APPEND_BYTES = 15 * 1024 * 1024;
    /** Component event: the socket broke and the session is reconnecting. */
    public static final String RECONNECTING_EVENT = "session.reconnecting";
    /** Component event: a replacement server session took over (after a reconnect or a rotation). */
    public static final String RECONNECTED_EVENT = "session.reconnected";

    private final String key;
    private final SessionSettings settings;
    private final RealtimeEventCodec codec;
    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final SessionListener listener;
    private final SerialDispatcher dispatcher;
    private final ResponseSequencer sequencer;
    /**
     * Test seam: runs on the sending thread after the sequencer took a request and before it reaches the socket, the
     * window in which a drop can be noticed by the reader thread. Null in production.
     */
    volatile Runnable beforeResponseCreateSent;
    private final ConversationLedger ledger;
    private final GapBuffer gap;
    /** Prefix of our client event ids, unique per session so error events can be traced back. */
    private final String eventPrefix;
    private final AtomicLong eventSeq = new AtomicLong();
    private final List<SessionObserver> observers = new CopyOnWriteArrayList<>();
    /** Per-session state of the edges (e.g. push-to-talk mode of the turn operation); any thread. */
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    private final AtomicReference<SessionState> state = new AtomicReference<>(SessionState.CONNECTING);
    /** Completes when the session is first OPEN; fails when it never gets there. */
    private final CompletableFuture<RealtimeSession> ready = new CompletableFuture<>();
    /** Completes when the session is over, whatever the reason. */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Instant createdAt = Instant.now();

    /** Guards {@link #current}, {@link #pending} and the order of sends against a connection swap. */
    private final Object sendLock = new Object();
    /** The connection events are sent on. Guarded by sendLock for writes; volatile for readers. */
    private volatile Connection current;
    /** Client events held while reconnecting. Guarded by sendLock. */
    private final Deque<ClientEvent> pending = new ArrayDeque<>();
    /** Session updates sent after the initial configuration, replayed on a new server session. Guarded by sendLock. */
    private final Map<String, ClientEvent> laterUpdates = new LinkedHashMap<>();
    /** A replacement being prepared by a rotation, or null. Guarded by sendLock. */
    private Connection rotating;
    private int reconnectAttempts;
    private volatile ScheduledFuture<?> rotationCheck;
    private volatile ScheduledFuture<?> serverResponseTimer;
    /** Whether the caller is speaking (speech_started without speech_stopped). Written by the reader thread. */
    private volatile boolean callerSpeaking;
    /**
     * Whether the active response already delivered its answer (a transcript or text done): if the socket breaks
     * before its response.done, the caller has heard it and must not hear it twice. Written by the reader thread.
     */
    private volatile boolean activeResponseAnswered;
    /** Whether a response was on its way when the socket broke: ask again on the new server session. */
    private volatile boolean responseLostInGap;
    private volatile String lastEventType;
    private volatile long lastEventAtMillis;

    private final AtomicLong audioBytesSent = new AtomicLong();
    private final AtomicLong eventsReceived = new AtomicLong();
    private final AtomicLong eventsSent = new AtomicLong();
    private final AtomicLong invalidEvents = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong rotations = new AtomicLong();
    /** Out-of-band response.create sent and not yet done. */
    private final AtomicInteger outOfBandOutstanding = new AtomicInteger();

    public RealtimeSession(String key, SessionSettings settings, RealtimeEventCodec codec, OkHttpClient http,
                           Executor dispatchPool, ScheduledExecutorService scheduler, SessionListener listener) {
        this.key = key;
        this.settings = settings;
        this.codec = codec;
        this.http = http;
        this.scheduler = scheduler;
        this.listener = listener;
        this.dispatcher = new SerialDispatcher(dispatchPool, settings.dispatchQueueCapacity());
        this.eventPrefix = "cgr" + SESSION_SEQ.incrementAndGet() + "_";
        this.sequencer = new ResponseSequencer(this::sendResponseCreate, eventPrefix, MAX_WAITING_RESPONSES);
        this.ledger = new ConversationLedger(settings.ledgerMaxItems());
        this.gap = new GapBuffer(settings.gapBufferBytes());
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /** Starts connecting. The returned future completes when the session is open (or fails). */
    public CompletableFuture<RealtimeSession> connect() {
        synchronized (sendLock) {
            if (current != null) {
                return ready;
            }
            current = new Connection(Purpose.INITIAL);
        }
        current.start();
        ScheduledFuture<?> timeout = scheduler.schedule(() -> {
            if (!ready.isDone()) {
                fail(new RealtimeSessionException("The session did not open within "
                                                  + settings.connectTimeoutMillis() + " ms (" + settings.url() + ")"));
            }
        }, settings.connectTimeoutMillis(), TimeUnit.MILLISECONDS);
        ready.whenComplete((s, e) -> timeout.cancel(false));
        if (settings.maxSessionDurationMillis() > 0) {
            rotationCheck = scheduler.scheduleWithFixedDelay(this::maybeRotate, 1, 1, TimeUnit.SECONDS);
        }
        return ready;
    }

    /**
     * Closes the session with 1000 and waits up to the close timeout for the server's close frame, then cancels the
     * socket. Idempotent; the future completes when the session is over.
     */
    public CompletableFuture<Void> close() {
        Connection c;
        synchronized (sendLock) {
            c = current;
            if (rotating != null) {
                rotating.abandon();
                rotating = null;
            }
        }
        if (c == null) {
            finish(1000, "closed before connecting", null);
            return closed;
        }
        SessionState before = state.get();
        if (moveTo(SessionState.CLOSING)) {
            if (before == SessionState.RECONNECTING || c.webSocket == null) {
                c.abandon();
                finish(1000, "closed while reconnecting", null);
            } else if (settings.isTranslation()) {
                // drain: the service flushes the input it holds, sends the rest of the translation, then
                // session.closed, and closes the socket itself; the close timeout bounds the wait
                WebSocket ws = c.webSocket;
                TranslationSessionCloseEvent drain = new TranslationSessionCloseEvent();
                drain.setEventId(nextEventId("close"));
                if (!ws.send(codec.encode(drain))) {
                    ws.close(1000, "session closed by client");
                }
                ScheduledFuture<?> force = scheduler.schedule(() -> {
                    ws.close(1000, "session closed by client");
                    scheduler.schedule(c::abandon, settings.closeTimeoutMillis(), TimeUnit.MILLISECONDS);
                }, settings.closeTimeoutMillis(), TimeUnit.MILLISECONDS);
                closed.whenComplete((v, e) -> force.cancel(false));
            } else {
                c.webSocket.close(1000, "session closed by client");
                ScheduledFuture<?> force = scheduler.schedule(c::abandon, settings.closeTimeoutMillis(),
                        TimeUnit.MILLISECONDS);
                closed.whenComplete((v, e) -> force.cancel(false));
            }
        }
        return closed;
    }

    // ---------------------------------------------------------------------------------------------- sending

    /**
     * Appends audio in the session's input format. Waits while the outbound queue is full (backpressure), so call it
     * from a producer thread, never from an event handler of this session. While reconnecting the audio is kept
     * (bounded) and sent once the session is back.
     */
    public void appendAudio(byte[] audio, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (settings.sideband()) {
            throw new IllegalStateException("The session " + key + " is the sideband of a call: its audio flows over"
                                            + " the call's own media, never over this WebSocket");
        }
        if (length > MAX_APPEND_BYTES) {
            throw new IllegalArgumentException("An audio append of " + length + " bytes exceeds the service's limit of "
                                               + MAX_APPEND_BYTES + " bytes per event: send smaller chunks");
        }
        requireUsable();
        String json = codec.encodeAudioAppend(audio, offset, length, null);
        Connection c = current;
        if (c.gate != null) {
            c.gate.awaitCapacity(json.length());
        }
        synchronized (sendLock) {
            if (state.get() == SessionState.RECONNECTING) {
                gap.add(audio, offset, length);
                return;
            }
            requireUsable();
            if (!trySend(current, json)) {
                // the socket just died and OkHttp has not told us yet: keep the audio for the replacement
                gap.add(audio, offset, length);
                return;
            }
        }
        audioBytesSent.addAndGet(length);
    }

    /**
     * Sends a client event; assigns an event id when it has none. While reconnecting the event is held and sent on the
     * new server session. Returns the event id.
     */
    public String send(ClientEvent event) {
        requireUsable();
        if (event.getEventId() == null) {
            event.setEventId(nextEventId(shortKind(event.getType())));
        }
        synchronized (sendLock) {
            requireUsable();
            if (state.get() == SessionState.RECONNECTING || !sendNow(current, event)) {
                // reconnecting, or the socket just died and OkHttp has not told us yet: hold it for the replacement
                if (pending.size() >= settings.maxPendingEvents()) {
                    throw new BackpressureException("The session " + key + " is reconnecting and already holds "
                                                    + pending.size() + " events");
                }
                pending.addLast(event);
            }
        }
        return event.getEventId();
    }

    /** Sends a raw JSON client event (after checking it is a JSON object with a type). */
    public void sendRaw(String json) {
        send(codec.decodeClientEvent(json));
    }

    /**
     * Asks for a response in the default conversation, or out of band when {@code params} has conversation "none".
     * The sequencer holds the request while another response is active, so this never causes
     * conversation_already_has_active_response. Completes with the response id once the service created it.
     */
    public CompletableFuture<String> requestResponse(ResponseCreateParams params) {
        requireUsable();
        if (params != null && "none".equals(params.getConversation())) {
            ResponseCreateEvent event = new ResponseCreateEvent();
            event.setResponse(params);
            outOfBandOutstanding.incrementAndGet();
            send(event);
            return CompletableFuture.completedFuture(null);
        }
        return sequencer.request(params);
    }

    /** Cancels the active response, if any (cancelling nothing is harmless but the service reports an error). */
    public void cancelResponse() {
        requireUsable();
        String active = sequencer.activeResponseId();
        ResponseCancelEvent cancel = new ResponseCancelEvent();
        if (active != null) {
            cancel.setResponseId(active);
        }
        send(cancel);
    }

    /**
     * Hands a component-made event (e.g. an interruption report) to the session's listeners, in order with the
     * service's events.
     */
    public void publish(ServerEvent event) {
        ServerEvent e = event;
        dispatcher.execute(() -> listener.onEvent(this, e));
    }

    /** Per-session state kept by the edges of the component, e.g. the audio formats in use. Thread-safe. */
    public ConcurrentMap<String, Object> attributes() {
        return attributes;
    }

    public void addObserver(SessionObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(SessionObserver observer) {
        observers.remove(observer);
    }

    // ---------------------------------------------------------------------------------------------- state

    public String key() {
        return key;
    }

    /** The settings the session was opened with (their toString masks the key). */
    public SessionSettings settings() {
        return settings;
    }

    /** What was said, as replayed on a new server session. */
    public ConversationLedger ledger() {
        return ledger;
    }

    /** The current OpenAI session id (sess_...); it changes on a reconnect or a rotation. */
    public String sessionId() {
        Connection c = current;
        return c == null ? null : c.serverSessionId;
    }

    public SessionState state() {
        return state.get();
    }

    public CompletableFuture<RealtimeSession> whenOpen() {
        return ready;
    }

    public CompletableFuture<Void> whenClosed() {
        return closed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the service ends the current server session (epoch seconds from session.created), 0 when unknown. */
    public long expiresAtEpochSeconds() {
        Connection c = current;
        return c == null ? 0 : c.expiresAt;
    }

    public String activeResponseId() {
        return sequencer.activeResponseId();
    }

    public String lastEventType() {
        return lastEventType;
    }

    public long lastEventAtMillis() {
        return lastEventAtMillis;
    }

    public long audioBytesSent() {
        return audioBytesSent.get();
    }

    public long eventsReceived() {
        return eventsReceived.get();
    }

    public long eventsSent() {
        return eventsSent.get();
    }

    /** Server events that were not valid JSON events (each was reported as an error event). */
    public long invalidEvents() {
        return invalidEvents.get();
    }

    /** Events dropped because the routes did not keep up (see dispatchQueueCapacity). */
    public long droppedEvents() {
        return dispatcher.dropped();
    }

    /** Caller audio dropped because a reconnect took longer than the gap buffer holds. */
    public long droppedGapAudioBytes() {
        return gap.droppedBytes();
    }

    public long reconnects() {
        return reconnects.get();
    }

    public long rotations() {
        return rotations.get();
    }

    public int dispatchQueueSize() {
        return dispatcher.size();
    }

    public long outboundQueuedBytes() {
        Connection c = current;
        return c == null || c.webSocket == null ? 0 : c.webSocket.queueSize();
    }

    @Override
    public String toString() {
        return "RealtimeSession[key=" + key + ", id=" + sessionId() + ", state=" + state.get() + "]";
    }

    // ---------------------------------------------------------------------------------------------- internals

    String nextEventId(String kind) {
        return eventPrefix + kind + "_" + eventSeq.incrementAndGet();
    }

    /**
     * Sends on a connection, recording in the ledger what a replacement session must know. Returns false when the
     * socket refused (it is going away). Holds sendLock.
     */
    private boolean sendNow(Connection c, ClientEvent event) {
        String json = codec.encode(event);
        if (c.gate != null) {
            c.gate.checkHardLimit(json.length());
        }
        if (!trySend(c, json)) {
            return false;
        }
        recordSent(event);
        return true;
    }

    private boolean trySend(Connection c, String json) {
        WebSocket ws = c == null ? null : c.webSocket;
        if (ws == null || !ws.send(json)) {
            return false;
        }
        eventsSent.incrementAndGet();
        return true;
    }

    private void recordSent(ClientEvent event) {
        if (event instanceof ConversationItemCreateEvent create && create.getItem() != null) {
            ConversationItem item = create.getItem();
            if ("function_call_output".equals(item.getType())) {
                ledger.functionCallOutput(item.getCallId(), item.getOutput());
            } else if (item.isMessage() && "user".equals(item.getRole()) && item.textContent() != null) {
                ledger.userText(event.getEventId(), item.textContent());
            } else if (item.isMessage() && "system".equals(item.getRole()) && item.textContent() != null) {
                ledger.systemText(event.getEventId(), item.textContent());
            }
        } else if (event instanceof SessionUpdateEvent || event instanceof TranslationSessionUpdateEvent) {
            laterUpdates.put(event.getEventId(), event);
        }
    }

    /**
     * Sends one of the sequencer's requests, tagged in the response metadata with its event id so that its
     * response.created can be told apart from a response the service started by itself.
     */
    private void sendResponseCreate(String eventId, Object params) {
        ResponseCreateParams p = params == null ? new ResponseCreateParams() : (ResponseCreateParams) params;
        Map<String, String> metadata = new LinkedHashMap<>();
        if (p.getMetadata() != null) {
            metadata.putAll(p.getMetadata());
        }
        metadata.put(ResponseSequencer.TAG, eventId);
        p.setMetadata(metadata);
        ResponseCreateEvent event = new ResponseCreateEvent();
        event.setEventId(eventId);
        event.setResponse(p);
        Runnable seam = beforeResponseCreateSent;
        if (seam != null) {
            seam.run();
        }
        requireUsable();
        synchronized (sendLock) {
            // A request is on the wire at most once. The sequencer may have taken it back in the meantime (the drop
            // was noticed and a replacement may already carry it under a new id): then this copy must not go out.
            // A create the dying or missing socket refuses is handed back rather than held in `pending`, so the
            // sequencer stays the only owner of what is owed; handing back under sendLock orders it before the
            // replacement's connectionRestored, which sends it.
            if (state.get() == SessionState.OPEN && sequencer.isInFlight(eventId) && sendNow(current, event)) {
                return;
            }
            sequencer.unsent(eventId);
        }
    }

    private void sendText(Connection c, String json, String what) {
        WebSocket ws = c == null ? null : c.webSocket;
        if (ws == null || !ws.send(json)) {
            throw new RealtimeSessionException("Cannot send " + what + ": the session " + key + " is " + state.get());
        }
        eventsSent.incrementAndGet();
    }

    private void requireUsable() {
        SessionState s = state.get();
        if (s != SessionState.OPEN && s != SessionState.RECONNECTING) {
            throw new RealtimeSessionException("The session " + key + " is " + s + ", not OPEN");
        }
    }

    private boolean moveTo(SessionState next) {
        while (true) {
            SessionState now = state.get();
            if (!now.canMoveTo(next)) {
                return false;
            }
            if (state.compareAndSet(now, next)) {
                return true;
            }
        }
    }

    /** The single failure path: whatever broke for good, the socket goes, waiters fail, listeners hear it once. */
    private void fail(Throwable cause) {
        Connection c = current;
        if (c != null) {
            c.abandon();
        }
        finish(1006, cause.getMessage(), cause);
    }

    private void finish(int code, String reason, Throwable cause) {
        SessionState before = state.getAndSet(SessionState.CLOSED);
        if (before == SessionState.CLOSED) {
            return;
        }
        for (ScheduledFuture<?> t : new ScheduledFuture<?>[] { serverResponseTimer, rotationCheck }) {
            if (t != null) {
                t.cancel(false);
            }
        }
        synchronized (sendLock) {
            if (rotating != null) {
                rotating.abandon();
                rotating = null;
            }
            pending.clear();
        }
        RealtimeSessionException ended = cause instanceof RealtimeSessionException rse ? rse
                : new RealtimeSessionException("The session " + key + " ended (" + code + " " + reason + ")", cause);
        ready.completeExceptionally(ended);
        sequencer.failAll(ended);
        for (SessionObserver o : observers) {
            try {
                o.onSessionClosed(this, cause);
            } catch (RuntimeException e) {
                LOG.warn("Session observer failed on close: {}", e.toString());
            }
        }
        dispatcher.executeAlways(() -> {
            try {
                listener.onClosed(this, code, reason, cause);
            } finally {
                closed.complete(null);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------- reconnect

    /** A connection broke without our asking. Decides between reconnecting and giving up. */
    private void onConnectionLost(Connection c, Throwable cause, String fatalCode) {
        synchronized (sendLock) {
            if (c != current) {
                if (c == rotating) {
                    rotating = null; // a rotation that failed: the current connection goes on
                }
                return;
            }
        }
        SessionState s = state.get();
        if (s == SessionState.CLOSING || s == SessionState.CLOSED) {
            finish(1000, "closed", null);
            return;
        }
        ReconnectPolicy policy = settings.reconnectPolicy();
        boolean fatal = fatalCode != null && FatalErrors.isFatal(fatalCode);
        if (fatal || !policy.enabled() || reconnectAttempts >= policy.maxAttempts()) {
            fail(cause != null ? cause : new RealtimeSessionException("The session " + key + " was lost"));
            return;
        }
        if (s == SessionState.OPEN) {
            synchronized (sendLock) {
                moveTo(SessionState.RECONNECTING);
            }
            boolean owed = sequencer.connectionLost();
            responseLostInGap = owed && !activeResponseAnswered || callerTurnUnanswered();
            publish(new LocalEvent(RECONNECTING_EVENT, cause == null ? "connection lost" : cause.getMessage()));
        }
        int attempt = ++reconnectAttempts;
        long delay = policy.delayMs(attempt);
        LOG.info("Session {}: connection lost ({}); reconnect attempt {} in {} ms", key,
                cause == null ? "closed" : cause.getMessage(), attempt, delay);
        scheduler.schedule(() -> startReplacement(ready.isDone() ? Purpose.REPLAYING : Purpose.INITIAL), delay,
                TimeUnit.MILLISECONDS);
    }

    private boolean callerTurnUnanswered() {
        return settings.serverCreatesResponses() && ledger.endsWithUserTurn();
    }

    private void startReplacement(Purpose purpose) {
        SessionState s = state.get();
        if (s == SessionState.CLOSING || s == SessionState.CLOSED) {
            return;
        }
        Connection c = new Connection(purpose);
        synchronized (sendLock) {
            current = c;
        }
        c.start();
    }

    /** Runs every second when rotation is on: replace the server session before the service's cap. */
    private void maybeRotate() {
        try {
            Connection c = current;
            if (state.get() != SessionState.OPEN || c == null || c.openedAtNanos == 0) {
                return;
            }
            long age = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - c.openedAtNanos);
            if (age < settings.maxSessionDurationMillis() || !isQuiet()) {
                return;
            }
            synchronized (sendLock) {
                if (rotating != null) {
                    return;
                }
                rotating = new Connection(Purpose.ROTATING);
                rotating.ledgerVersionAtStart = ledger.version();
            }
            LOG.info("Session {}: rotating the server session after {} ms", key, age);
            rotating.start();
        } catch (RuntimeException e) {
            LOG.warn("Session {}: rotation check failed: {}", key, e.toString());
        }
    }

    /** No response active or due, the caller silent, nothing held back: a moment nobody would notice a swap. */
    private boolean isQuiet() {
        return !callerSpeaking && sequencer.isIdleAndEmpty() && gap.bytes() == 0;
    }

    /**
     * A replacement server session is configured: seed it with the conversation, then let it carry the traffic.
     * Runs on the new connection's reader thread.
     */
    private void onReplacementReady(Connection c) {
        List<ConversationItem> items = ledger.snapshot();
        Deque<byte[]> audio;
        synchronized (sendLock) {
            if (c.purpose == Purpose.ROTATING) {
                if (rotating != c) {
                    return;
                }
                rotating = null;
                if (!isQuiet() || ledger.version() != c.ledgerVersionAtStart || state.get() != SessionState.OPEN) {
                    // someone spoke while we prepared: try again at the next quiet moment
                    c.abandon();
                    return;
                }
            } else if (c != current) {
                return;
            }
            c.suppressItemEvents = items.size();
            for (ConversationItem item : items) {
                ConversationItemCreateEvent create = new ConversationItemCreateEvent(item);
                create.setEventId(nextEventId("replay"));
                if (!trySend(c, codec.encode(create))) {
                    return; // this socket died too; its failure callback starts the next attempt
                }
            }
            Connection old = current;
            current = c;
            if (c.purpose == Purpose.ROTATING) {
                rotations.incrementAndGet();
                if (old != null && old != c) {
                    old.retire();
                }
            } else {
                reconnects.incrementAndGet();
                reconnectAttempts = 0;
            }
            audio = gap.drain();
            for (byte[] chunk : audio) {
                if (trySend(c, codec.encodeAudioAppend(chunk, 0, chunk.length, null))) {
                    audioBytesSent.addAndGet(chunk.length);
                } else {
                    gap.add(chunk, 0, chunk.length);
                }
            }
            while (!pending.isEmpty() && sendNow(c, pending.peekFirst())) {
                pending.pollFirst();
            }
            moveTo(SessionState.OPEN);
        }
        sequencer.connectionRestored();
        for (SessionObserver o : observers) {
            try {
                o.onConnectionReplaced(this, c.purpose == Purpose.ROTATING);
            } catch (RuntimeException e) {
                LOG.warn("Session observer failed on a replaced connection: {}", e.toString());
            }
        }
        if (c.purpose != Purpose.ROTATING && responseLostInGap) {
            responseLostInGap = false;
            sequencer.ensureResponse();
        }
        publish(new LocalEvent(RECONNECTED_EVENT, "replayed " + items.size() + " items, "
                                                  + audio.stream().mapToLong(b -> b.length).sum()
                                                  + " bytes of buffered audio"));
    }

    // ---------------------------------------------------------------------------------------------- events

    private void onServerEvent(Connection c, String text) {
        eventsReceived.incrementAndGet();
        lastEventAtMillis = System.currentTimeMillis();
        ServerEvent event;
        if (text.length() > settings.maxEventBytes()) {
            invalidEvents.incrementAndGet();
            event = SyntheticEvents.error(codec, "event_too_large", "A server event of " + text.length()
                                                                     + " characters exceeds maxEventBytes="
                                                                     + settings.maxEventBytes() + " and was discarded");
        } else {
            try {
                event = codec.decode(text);
            } catch (RealtimeProtocolException e) {
                invalidEvents.incrementAndGet();
                event = SyntheticEvents.error(codec, "invalid_server_event", e.getMessage());
            }
        }
        if (c.suppress(event)) {
            return; // our own replay echoed back: routes already saw these items
        }
        lastEventType = event.getType();
        if (!c.track(event)) {
            return;
        }
        for (SessionObserver o : observers) {
            try {
                o.onServerEvent(this, event);
            } catch (RuntimeException e) {
                LOG.warn("Session observer failed on {}: {}", event.getType(), e.toString());
            }
        }
        ServerEvent forRoutes = event;
        if (!listener.wants(event.getType())) {
            return; // no route listens to this type: no dispatch hop (most of a call's events are audio deltas)
        }
        if (!dispatcher.execute(() -> listener.onEvent(this, forRoutes))) {
            LOG.debug("Session {}: dispatch queue full, dropped {}", key, event.getType());
        }
    }

    /** Ledger and sequencer bookkeeping shared by all connections, in socket order. */
    private void trackConversation(ServerEvent event) {
        switch (event.getType()) {
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED -> callerSpeaking = true;
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STOPPED -> callerSpeaking = false;
            case EventTypes.INPUT_AUDIO_BUFFER_COMMITTED -> {
                callerSpeaking = false;
                ledger.userTurnCommitted(((InputAudioBufferCommittedEvent) event).getItemId());
                if (settings.serverCreatesResponses()) {
                    sequencer.serverWillRespond();
                    serverResponseTimer = scheduler.schedule(this::serverResponseGraceOver,
                            SERVER_RESPONSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
            case EventTypes.INPUT_AUDIO_TRANSCRIPTION_COMPLETED -> {
                InputAudioTranscriptionCompletedEvent t = (InputAudioTranscriptionCompletedEvent) event;
                ledger.userTranscript(t.getItemId(), t.getTranscript());
            }
            case EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE -> {
                ResponseOutputAudioTranscriptDoneEvent d = (ResponseOutputAudioTranscriptDoneEvent) event;
                ledger.assistantText(d.getItemId(), d.getTranscript());
                activeResponseAnswered = true;
            }
            case EventTypes.RESPONSE_OUTPUT_TEXT_DONE -> {
                ResponseOutputTextDoneEvent d = (ResponseOutputTextDoneEvent) event;
                ledger.assistantText(d.getItemId(), d.getText());
                activeResponseAnswered = true;
            }
            case EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE -> {
                ResponseFunctionCallArgumentsDoneEvent d = (ResponseFunctionCallArgumentsDoneEvent) event;
                ledger.functionCall(d.getCallId(), d.getName(), d.getArguments());
            }
            case EventTypes.RESPONSE_CREATED -> {
                RealtimeResponse r = ((ResponseCreatedEvent) event).getResponse();
                if (r != null && isDefaultConversation(r)) {
                    activeResponseAnswered = false;
                    sequencer.onResponseCreated(r.getId(),
                            r.getMetadata() == null ? null : r.getMetadata().get(ResponseSequencer.TAG));
                }
            }
            case EventTypes.RESPONSE_DONE -> {
                RealtimeResponse r = ((ResponseDoneEvent) event).getResponse();
                if (r != null && isDefaultConversation(r)) {
                    sequencer.onResponseDone(r.getId());
                } else if (r != null) {
                    outOfBandOutstanding.decrementAndGet();
                }
            }
            case EventTypes.ERROR -> {
                ErrorEvent error = (ErrorEvent) event;
                if (error.getError() != null) {
                    sequencer.onError(error.getError().getEventId(), error.getError().getCode(),
                            error.getError().getMessage());
                }
            }
            default -> {
                // nothing to track
            }
        }
    }

    private void serverResponseGraceOver() {
        if (sequencer.isServerResponseExpected()) {
            sequencer.serverResponseNotComing();
        }
    }

    /**
     * Out-of-band responses (conversation "none") have no conversation id. A default-conversation response without one
     * (an older or simplified server) is still treated as default unless we have out-of-band requests outstanding.
     */
    private boolean isDefaultConversation(RealtimeResponse r) {
        return r.getConversationId() != null || outOfBandOutstanding.get() <= 0;
    }

    private static String shortKind(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    /** Why a connection exists. */
    private enum Purpose {
        /** The first connection (and its retries before the session ever opened). */
        INITIAL,
        /** A replacement after the socket broke: configure, seed, then carry the traffic. */
        REPLAYING,
        /** A planned replacement before the service's cap, prepared while the old one still works. */
        ROTATING
    }

    /**
     * One WebSocket to the service. Its fields are written by its own reader thread (or before it starts) except
     * {@link #webSocket} and {@link #gate}, set once in {@link #start()}.
     */
    private final class Connection extends WebSocketListener {
        final Purpose purpose;
        volatile WebSocket webSocket;
        volatile OutboundGate gate;
        volatile String serverSessionId;
        volatile long expiresAt;
        volatile long openedAtNanos;
        /** The event id of our initial session.update here; an error naming it fails the connection. */
        volatile String configEventId;
        /** Server item events still to swallow: the echo of our replay. */
        volatile int suppressItemEvents;
        long ledgerVersionAtStart;
        /** The last error code the service sent before closing, to tell fatal errors from transient ones. */
        volatile String lastErrorCode;
        /** Set when we close this connection on purpose (rotation, abandon): its end is not a failure. */
        volatile boolean retired;
        private volatile boolean configured;
        /** The handshake deadline; cancelled once configured, so a finished handshake leaves no timer behind. */
        private volatile ScheduledFuture<?> configureDeadline;

        Connection(Purpose purpose) {
            this.purpose = purpose;
        }

        void start() {
            Request.Builder request = new Request.Builder().url(settings.url().toString());
            if (settings.apiKey() != null) {
                request.header("Authorization", "Bearer " + settings.apiKey());
            }
            request.header("User-Agent", "camel-gpt-realtime/" + Version.VERSION);
            for (Map.Entry<String, String> h : settings.headers().entrySet()) {
                request.header(h.getKey(), h.getValue());
            }
            // Never OpenAI-Beta: the GA service closes beta-shaped sessions with 4000.
            request.removeHeader("OpenAI-Beta");
            OkHttpClient client = http.newBuilder()
                    .pingInterval(Duration.ofMillis(settings.pingIntervalMillis()))
                    .connectTimeout(Duration.ofMillis(settings.connectTimeoutMillis()))
                    .build();
            WebSocket ws = client.newWebSocket(request.build(), this);
            gate = new OutboundGate(ws::queueSize, settings.maxQueuedBytes(), settings.sendTimeoutMillis());
            webSocket = ws;
            // the upgrade response has no read timeout of its own (WebSocket reads never time out): a server that
            // accepts the connection and never answers must not leave the session waiting forever
            configureDeadline = scheduler.schedule(this::checkConfigured, settings.connectTimeoutMillis(),
                    TimeUnit.MILLISECONDS);
            if (configured) {
                configureDeadline.cancel(false); // configured before the deadline was even set
            }
        }

        private void checkConfigured() {
            if (!configured && !retired) {
                abandon();
                onConnectionLost(this, new RealtimeSessionException("The Realtime server at " + settings.url()
                                                                    + " did not configure a session within "
                                                                    + settings.connectTimeoutMillis() + " ms"), null);
            }
        }

        /** Closes on purpose: its end will not count as a failure. */
        void retire() {
            retired = true;
            WebSocket ws = webSocket;
            if (ws != null) {
                ws.close(1000, "replaced by a new server session");
                scheduler.schedule(ws::cancel, settings.closeTimeoutMillis(), TimeUnit.MILLISECONDS);
            }
        }

        void abandon() {
            retired = true;
            WebSocket ws = webSocket;
            if (ws != null) {
                ws.cancel();
            }
        }

        boolean suppress(ServerEvent event) {
            if (suppressItemEvents <= 0) {
                return false;
            }
            switch (event.getType()) {
                case EventTypes.CONVERSATION_ITEM_ADDED, EventTypes.CONVERSATION_ITEM_CREATED -> {
                    return true;
                }
                case EventTypes.CONVERSATION_ITEM_DONE -> {
                    suppressItemEvents--;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /**
         * Connection-level bookkeeping. Returns false for events routes must not see (events of a connection that is
         * being prepared and not yet carrying the session).
         */
        boolean track(ServerEvent event) {
            switch (event.getType()) {
                case EventTypes.SESSION_CREATED -> {
                    if (event instanceof SessionCreatedEvent created && created.getSession() != null) {
                        serverSession(created.getSession().getId(), created.getSession().getExpiresAt());
                    } else if (event instanceof TranslationSessionCreatedEvent created
                               && created.getSession() != null) {
                        serverSession(created.getSession().getId(), created.getSession().getExpiresAt());
                    }
                    if (configEventId == null) {
                        configured();
                    }
                }
                case EventTypes.SESSION_UPDATED -> {
                    if (configEventId != null && !configured) {
                        configured();
                    }
                }
                case EventTypes.ERROR -> {
                    ErrorEvent error = (ErrorEvent) event;
                    if (error.getError() != null) {
                        lastErrorCode = error.getError().getCode();
                        String clientEventId = error.getError().getEventId();
                        if (clientEventId != null && clientEventId.equals(configEventId) && !configured) {
                            RealtimeSessionException e = new RealtimeSessionException(
                                    "The service rejected the session configuration: " + error.getError().getMessage(),
                                    lastErrorCode, null);
                            if (purpose == Purpose.ROTATING) {
                                abandon();
                            } else {
                                fail(e);
                            }
                            return false;
                        }
                        if (FatalErrors.isFatal(lastErrorCode) && !ready.isDone()) {
                            fail(new RealtimeSessionException("The service refused the session: "
                                                              + error.getError().getMessage(), lastErrorCode, null));
                            return false;
                        }
                    }
                }
                default -> {
                    // nothing else at the connection level
                }
            }
            if (purpose == Purpose.ROTATING && current != this) {
                return false; // the old connection still carries the session; this one is being prepared
            }
            trackConversation(event);
            return true;
        }

        private void serverSession(String id, Long expiresAtSeconds) {
            serverSessionId = id;
            expiresAt = expiresAtSeconds == null ? 0 : expiresAtSeconds;
        }

        private void configured() {
            configured = true;
            ScheduledFuture<?> deadline = configureDeadline;
            if (deadline != null) {
                deadline.cancel(false);
            }
            openedAtNanos = System.nanoTime();
            if (purpose == Purpose.INITIAL) {
                reconnectAttempts = 0;
                if (moveTo(SessionState.OPEN)) {
                    ready.complete(RealtimeSession.this);
                    dispatcher.execute(() -> listener.onOpen(RealtimeSession.this));
                } else if (state.get() == SessionState.RECONNECTING) {
                    onReplacementReady(this);
                }
            } else {
                onReplacementReady(this);
            }
        }

        /** Configures the new server session: the initial configuration, then the updates sent since. */
        @Override
        public void onOpen(WebSocket ws, Response response) {
            // OkHttp can open the socket and call back before newWebSocket() has returned to start() (a busy or
            // preempted caller thread): take the socket from the callback, or the session.update below cannot be sent
            // and the session never configures
            webSocket = ws;
            ClientEvent update;
            if (settings.isTranslation()) {
                update = new TranslationSessionUpdateEvent(settings.translationConfig());
            } else if (settings.initialConfig() != null) {
                update = new SessionUpdateEvent().setSession(settings.initialConfig());
            } else {
                return;
            }
            String id = nextEventId("update");
            update.setEventId(id);
            configEventId = id;
            List<ClientEvent> later;
            synchronized (sendLock) {
                later = List.copyOf(laterUpdates.values());
            }
            try {
                sendText(this, codec.encode(update), update.getType());
                for (ClientEvent u : later) {
                    sendText(this, codec.encode(u), "replayed session.update");
                }
            } catch (RealtimeSessionException e) {
                LOG.debug("Session {}: could not configure a new connection: {}", key, e.getMessage());
            }
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            onServerEvent(this, text);
        }

        @Override
        public void onMessage(WebSocket ws, ByteString bytes) {
            invalidEvents.incrementAndGet();
            ServerEvent e = SyntheticEvents.error(codec, "invalid_server_event",
                    "Received a binary WebSocket frame of " + bytes.size() + " bytes; Realtime events are text");
            dispatcher.execute(() -> listener.onEvent(RealtimeSession.this, e));
        }

        @Override
        public void onClosing(WebSocket ws, int code, String reason) {
            ws.close(1000, null);
        }

        @Override
        public void onClosed(WebSocket ws, int code, String reason) {
            if (retired) {
                return;
            }
            SessionState s = state.get();
            if (s == SessionState.CLOSING || s == SessionState.CLOSED) {
                finish(code, reason, null);
                return;
            }
            if (code == 1000 && !"session_expired".equals(lastErrorCode)) {
                // the service ended the conversation on purpose: nothing to reconnect to
                finish(code, reason, null);
                return;
            }
            onConnectionLost(this, new RealtimeSessionException("The server closed the session with " + code + " "
                                                                + reason, lastErrorCode, null), lastErrorCode);
        }

        @Override
        public void onFailure(WebSocket ws, Throwable t, Response response) {
            if (retired) {
                return;
            }
            SessionState s = state.get();
            if (s == SessionState.CLOSING || s == SessionState.CLOSED) {
                finish(1006, "closed", null);
                return;
            }
            String detail = HandshakeErrors.describe(response, t);
            String code = response != null ? HandshakeErrors.errorCode(response) : lastErrorCode;
            onConnectionLost(this, new RealtimeSessionException("The Realtime connection to " + settings.url()
                                                                + " failed: " + detail, code, t), code);
        }
    }
}
