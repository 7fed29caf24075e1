package io.gptrealtime.camel.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.gptrealtime.camel.protocol.ClientEvent;
import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.RealtimeEventCodec;
import io.gptrealtime.camel.protocol.RealtimeProtocolException;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.ResponseCreateEvent;
import io.gptrealtime.camel.protocol.ResponseCreateParams;
import io.gptrealtime.camel.protocol.ResponseCreatedEvent;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.SessionCreatedEvent;
import io.gptrealtime.camel.protocol.SessionUpdateEvent;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Realtime conversation over one WebSocket: connects, configures, sends client events with backpressure, orders
 * our response requests, and hands server events to observers (inline, on the reader thread) and to the listener (in
 * order, on the session's dispatcher).
 * <p>
 * Threading: OkHttp calls the {@link WebSocketListener} methods on its reader thread, one at a time; that thread only
 * decodes, updates the sequencer and observers, and enqueues for the dispatcher. Public methods are thread-safe.
 */
public final class RealtimeSession {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeSession.class);
    private static final AtomicLong SESSION_SEQ = new AtomicLong();
    /** How long a VAD-committed turn may take to produce its response.created before waiting requests go out. */
    private static final long SERVER_RESPONSE_GRACE_MILLIS = 3_000;
    private static final int MAX_WAITING_RESPONSES = 64;

    private final String key;
    private final SessionSettings settings;
    private final RealtimeEventCodec codec;
    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final SessionListener listener;
    private final SerialDispatcher dispatcher;
    private final ResponseSequencer sequencer;
    /** Prefix of our client event ids, unique per session so error events can be traced back. */
    private final String eventPrefix;
    private final AtomicLong eventSeq = new AtomicLong();
    private final List<SessionObserver> observers = new CopyOnWriteArrayList<>();
    /** Per-session state of the edges (e.g. push-to-talk mode of the turn operation); any thread. */
    private final java.util.concurrent.ConcurrentMap<String, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();

    private final AtomicReference<SessionState> state = new AtomicReference<>(SessionState.CONNECTING);
    /** Completes when the session is OPEN; fails when it never gets there. */
    private final CompletableFuture<RealtimeSession> ready = new CompletableFuture<>();
    /** Completes when the socket is gone, whatever the reason. */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Instant createdAt = Instant.now();

    /** Set once by {@link #connect()}, before any listener callback can run. */
    private volatile WebSocket webSocket;
    private volatile OutboundGate gate;
    /** Written by the reader thread only. */
    private volatile String sessionId;
    private volatile long expiresAtEpochSeconds;
    private volatile String lastEventType;
    private volatile long lastEventAtMillis;
    /** The event id of our initial session.update; an error naming it fails the connect. */
    private volatile String initialUpdateEventId;
    private volatile ScheduledFuture<?> serverResponseTimer;

    private final AtomicLong audioBytesSent = new AtomicLong();
    private final AtomicLong eventsReceived = new AtomicLong();
    private final AtomicLong eventsSent = new AtomicLong();
    private final AtomicLong invalidEvents = new AtomicLong();
    /** Out-of-band response.create sent and not yet done. */
    private final java.util.concurrent.atomic.AtomicInteger outOfBandOutstanding = new java.util.concurrent.atomic.AtomicInteger();

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
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /** Starts connecting. The returned future completes when the session is open (or fails). Call once. */
    public CompletableFuture<RealtimeSession> connect() {
        if (webSocket != null) {
            return ready;
        }
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
        webSocket = client.newWebSocket(request.build(), new Reader());
        gate = new OutboundGate(webSocket::queueSize, settings.maxQueuedBytes(), settings.sendTimeoutMillis());
        ScheduledFuture<?> timeout = scheduler.schedule(() -> {
            if (!ready.isDone()) {
                fail(new RealtimeSessionException("The session did not open within "
                                                  + settings.connectTimeoutMillis() + " ms (" + settings.url() + ")"));
            }
        }, settings.connectTimeoutMillis(), TimeUnit.MILLISECONDS);
        ready.whenComplete((s, e) -> timeout.cancel(false));
        return ready;
    }

    /**
     * Closes the session with 1000 and waits up to the close timeout for the server's close frame, then cancels the
     * socket. Idempotent; the future completes when the socket is gone.
     */
    public CompletableFuture<Void> close() {
        WebSocket ws = webSocket;
        if (ws == null) {
            moveTo(SessionState.CLOSED);
            closed.complete(null);
            return closed;
        }
        if (moveTo(SessionState.CLOSING)) {
            ws.close(1000, "session closed by client");
            ScheduledFuture<?> force = scheduler.schedule(ws::cancel, settings.closeTimeoutMillis(),
                    TimeUnit.MILLISECONDS);
            closed.whenComplete((v, e) -> force.cancel(false));
        }
        return closed;
    }

    // ---------------------------------------------------------------------------------------------- sending

    /**
     * Appends audio in the session's input format. Waits while the outbound queue is full (backpressure), so call it
     * from a producer thread, never from an event handler of this session.
     */
    public void appendAudio(byte[] audio, int offset, int length) {
        if (length == 0) {
            return;
        }
        requireOpen();
        String json = codec.encodeAudioAppend(audio, offset, length, null);
        gate.awaitCapacity(json.length());
        sendText(json, "input_audio_buffer.append");
        audioBytesSent.addAndGet(length);
    }

    /** Sends a client event; assigns an event id when it has none. Returns the event id. */
    public String send(ClientEvent event) {
        requireOpen();
        return sendNow(event);
    }

    /** Sends a raw JSON client event as it is (after checking it is a JSON object with a type). */
    public void sendRaw(String json) {
        requireOpen();
        SyntheticEvents.checkClientEventJson(codec, json);
        gate.checkHardLimit(json.length());
        sendText(json, "raw");
    }

    /**
     * Asks for a response in the default conversation, or out of band when {@code params} has conversation "none".
     * The sequencer holds the request while another response is active, so this never causes
     * conversation_already_has_active_response. Completes with the response id once the service created it.
     */
    public CompletableFuture<String> requestResponse(ResponseCreateParams params) {
        requireOpen();
        if (params != null && "none".equals(params.getConversation())) {
            ResponseCreateEvent event = new ResponseCreateEvent();
            event.setResponse(params);
            outOfBandOutstanding.incrementAndGet();
            sendNow(event);
            return CompletableFuture.completedFuture(null);
        }
        return sequencer.request(params);
    }

    /** Cancels the active response, if any (cancelling nothing is harmless but the service reports an error). */
    public void cancelResponse() {
        requireOpen();
        String active = sequencer.activeResponseId();
        io.gptrealtime.camel.protocol.ResponseCancelEvent cancel = new io.gptrealtime.camel.protocol.ResponseCancelEvent();
        if (active != null) {
            cancel.setResponseId(active);
        }
        sendNow(cancel);
    }

    /** Per-session state kept by the edges of the component, e.g. the audio formats in use. Thread-safe. */
    public java.util.concurrent.ConcurrentMap<String, Object> attributes() {
        return attributes;
    }

    /**
     * Hands a component-made event (e.g. an interruption report) to the session's listeners, in order with the
     * service's events.
     */
    public void publish(ServerEvent event) {
        ServerEvent e = event;
        dispatcher.execute(() -> listener.onEvent(this, e));
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

    /** The OpenAI session id (sess_...), once session.created arrived. */
    public String sessionId() {
        return sessionId;
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

    /** When the service ends the session (epoch seconds from session.created), or 0 when unknown. */
    public long expiresAtEpochSeconds() {
        return expiresAtEpochSeconds;
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

    public int dispatchQueueSize() {
        return dispatcher.size();
    }

    public long outboundQueuedBytes() {
        WebSocket ws = webSocket;
        return ws == null ? 0 : ws.queueSize();
    }

    @Override
    public String toString() {
        return "RealtimeSession[key=" + key + ", id=" + sessionId + ", state=" + state.get() + "]";
    }

    // ---------------------------------------------------------------------------------------------- internals

    String nextEventId(String kind) {
        return eventPrefix + kind + "_" + eventSeq.incrementAndGet();
    }

    private String sendNow(ClientEvent event) {
        if (event.getEventId() == null) {
            event.setEventId(nextEventId(shortKind(event.getType())));
        }
        String json = codec.encode(event);
        gate.checkHardLimit(json.length());
        sendText(json, event.getType());
        return event.getEventId();
    }

    /**
     * Sends one of the sequencer's requests, tagged in the response metadata with its event id so that its
     * response.created can be told apart from a response the service started by itself.
     */
    private void sendResponseCreate(String eventId, Object params) {
        ResponseCreateParams p = params == null ? new ResponseCreateParams() : (ResponseCreateParams) params;
        java.util.Map<String, String> metadata = new java.util.LinkedHashMap<>();
        if (p.getMetadata() != null) {
            metadata.putAll(p.getMetadata());
        }
        metadata.put(ResponseSequencer.TAG, eventId);
        p.setMetadata(metadata);
        ResponseCreateEvent event = new ResponseCreateEvent();
        event.setEventId(eventId);
        event.setResponse(p);
        sendNow(event);
    }

    private void sendText(String json, String what) {
        WebSocket ws = webSocket;
        if (ws == null || !ws.send(json)) {
            throw new RealtimeSessionException("Cannot send " + what + ": the session " + key + " is " + state.get());
        }
        eventsSent.incrementAndGet();
    }

    private void requireOpen() {
        SessionState s = state.get();
        if (s != SessionState.OPEN) {
            throw new RealtimeSessionException("The session " + key + " is " + s + ", not OPEN");
        }
    }

    private boolean moveTo(SessionState next) {
        while (true) {
            SessionState current = state.get();
            if (!current.canMoveTo(next)) {
                return false;
            }
            if (state.compareAndSet(current, next)) {
                return true;
            }
        }
    }

    private void markOpen() {
        if (moveTo(SessionState.OPEN)) {
            ready.complete(this);
            dispatcher.execute(() -> listener.onOpen(this));
        }
    }

    /** The single failure path: whatever broke, the socket goes, waiters fail, listeners hear it once. */
    private void fail(Throwable cause) {
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.cancel();
        }
        finish(1006, cause.getMessage(), cause);
    }

    private void finish(int code, String reason, Throwable cause) {
        SessionState before = state.getAndSet(SessionState.CLOSED);
        if (before == SessionState.CLOSED) {
            return;
        }
        ScheduledFuture<?> t = serverResponseTimer;
        if (t != null) {
            t.cancel(false);
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

    private void onServerEvent(String text) {
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
        lastEventType = event.getType();
        track(event);
        for (SessionObserver o : observers) {
            try {
                o.onServerEvent(this, event);
            } catch (RuntimeException e) {
                LOG.warn("Session observer failed on {}: {}", event.getType(), e.toString());
            }
        }
        ServerEvent forRoutes = event;
        if (!dispatcher.execute(() -> listener.onEvent(this, forRoutes))) {
            LOG.debug("Session {}: dispatch queue full, dropped {}", key, event.getType());
        }
    }

    /** Session bookkeeping that must happen in socket order, before anyone else sees the event. */
    private void track(ServerEvent event) {
        switch (event.getType()) {
            case EventTypes.SESSION_CREATED -> {
                SessionCreatedEvent created = (SessionCreatedEvent) event;
                if (created.getSession() != null) {
                    sessionId = created.getSession().getId();
                    Long expires = created.getSession().getExpiresAt();
                    expiresAtEpochSeconds = expires == null ? 0 : expires;
                }
                if (initialUpdateEventId == null) {
                    markOpen();
                }
            }
            case EventTypes.SESSION_UPDATED -> {
                if (initialUpdateEventId != null) {
                    markOpen();
                }
            }
            case EventTypes.INPUT_AUDIO_BUFFER_COMMITTED -> {
                if (settings.serverCreatesResponses()) {
                    sequencer.serverWillRespond();
                    serverResponseTimer = scheduler.schedule(this::serverResponseGraceOver,
                            SERVER_RESPONSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
            case EventTypes.RESPONSE_CREATED -> {
                RealtimeResponse r = ((ResponseCreatedEvent) event).getResponse();
                if (r != null && isDefaultConversation(r)) {
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
            case EventTypes.ERROR -> onErrorEvent((ErrorEvent) event);
            default -> {
                // nothing to track
            }
        }
    }

    private void onErrorEvent(ErrorEvent error) {
        if (error.getError() == null) {
            return;
        }
        String clientEventId = error.getError().getEventId();
        String code = error.getError().getCode();
        String message = error.getError().getMessage();
        if (clientEventId != null && clientEventId.equals(initialUpdateEventId) && !ready.isDone()) {
            fail(new RealtimeSessionException("The service rejected the session configuration: " + message, code,
                    null));
            return;
        }
        sequencer.onError(clientEventId, code, message);
        if (FatalErrors.isFatal(code) && !ready.isDone()) {
            fail(new RealtimeSessionException("The service refused the session: " + message, code, null));
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

    /** OkHttp's callbacks; all on the reader thread except onOpen. */
    private final class Reader extends WebSocketListener {

        @Override
        public void onOpen(WebSocket ws, Response response) {
            RealtimeSessionConfigSender.sendInitial(RealtimeSession.this);
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            onServerEvent(text);
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
            moveTo(SessionState.CLOSING);
            ws.close(1000, null);
        }

        @Override
        public void onClosed(WebSocket ws, int code, String reason) {
            Throwable cause = code == 1000 || state.get() == SessionState.CLOSING && code == 1001 ? null
                    : new RealtimeSessionException("The server closed the session with " + code + " " + reason);
            if (!ready.isDone() && cause == null) {
                cause = new RealtimeSessionException("The server closed the session before it opened: " + code + " "
                                                     + reason);
            }
            finish(code, reason, cause);
        }

        @Override
        public void onFailure(WebSocket ws, Throwable t, Response response) {
            if (state.get() == SessionState.CLOSING || state.get() == SessionState.CLOSED) {
                finish(1006, "closed", null);
                return;
            }
            String detail = HandshakeErrors.describe(response, t);
            String code = HandshakeErrors.errorCode(response);
            fail(new RealtimeSessionException("The Realtime connection to " + settings.url() + " failed: " + detail,
                    code, t));
        }
    }

    /** Sends the initial session.update right after the handshake. */
    private static final class RealtimeSessionConfigSender {
        static void sendInitial(RealtimeSession s) {
            if (s.settings.initialConfig() == null) {
                return;
            }
            SessionUpdateEvent update = new SessionUpdateEvent();
            update.setSession(s.settings.initialConfig());
            String id = s.nextEventId("update");
            update.setEventId(id);
            s.initialUpdateEventId = id;
            String json = s.codec.encode(update);
            s.sendText(json, update.getType());
        }
    }
}
