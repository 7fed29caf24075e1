package io.gptrealtime.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A local stand-in for the OpenAI Realtime API (GA): a WebSocket server on 127.0.0.1 that speaks the protocol
 * faithfully, follows a {@link Scenario}, records everything, and injects faults.
 *
 * <pre>{@code
 * try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey("sk-test").build().start()) {
 *     String url = sim.wsUrl() + "?model=gpt-realtime-2";     // Authorization: Bearer sk-test
 *     ...
 *     SimulatedSession s = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
 *     s.awaitReceived("response.create", 1, Duration.ofSeconds(5));
 * }
 * }</pre>
 * Thread-safe. {@link #close()} releases every thread it started.
 */
public final class RealtimeSimulator implements AutoCloseable {

    /** Every server event type the simulator can send (see {@link ServerEvents#SERVER_EVENT_TYPES}). */
    public static final Set<String> SERVER_EVENT_TYPES = ServerEvents.SERVER_EVENT_TYPES;

    /** Lifecycle of the server. */
    private enum State {
        NEW,
        RUNNING,
        CLOSED
    }

    private final SimulatorConfig config;
    private final FaultPlan faults = new FaultPlan();
    private final Sessions sessions;
    private final SipCalls calls;
    /** Guarded by this. */
    private State state = State.NEW;
    /** Guarded by this. */
    private SimulatorServer server;
    private volatile int port = -1;

    private RealtimeSimulator(SimulatorConfig config) {
        this.config = config;
        this.sessions = new Sessions(config.maxHandshakeRecords());
        this.calls = new SipCalls(config.seed());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A simulator with an existing configuration (e.g. {@link RealtimeSimulatorExtension#config()}). */
    public static RealtimeSimulator fromConfig(SimulatorConfig config) {
        return new RealtimeSimulator(java.util.Objects.requireNonNull(config, "config"));
    }

    /** Binds the server. Idempotent while running; a closed simulator cannot be restarted. */
    public synchronized RealtimeSimulator start() {
        if (state == State.RUNNING) {
            return this;
        }
        if (state == State.CLOSED) {
            throw new IllegalStateException("this simulator was closed; build a new one");
        }
        SimulatorServer s = new SimulatorServer(config, faults, sessions, calls);
        port = s.start();
        server = s;
        state = State.RUNNING;
        return this;
    }

    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Closes all sessions (close frame 1001), stops the server and waits for its threads to end. */
    @Override
    public synchronized void close() {
        if (state == State.RUNNING) {
            server.close();
        }
        state = State.CLOSED;
    }

    public SimulatorConfig config() {
        return config;
    }

    /** The bound port (after {@link #start()}). */
    public int port() {
        requireStarted();
        return port;
    }

    /** {@code http://127.0.0.1:<port>/v1} — what a client uses as its OpenAI base URL. */
    public String baseUrl() {
        return "http://" + hostForUrl() + ":" + port() + "/v1";
    }

    /** {@code ws://127.0.0.1:<port>/v1/realtime} (add {@code ?model=…}). */
    public String wsUrl() {
        return "ws://" + hostForUrl() + ":" + port() + HandshakeHandler.REALTIME_PATH;
    }

    /** {@code ws://127.0.0.1:<port>/v1/realtime?model=<model>}. */
    public String wsUrl(String model) {
        return wsUrl() + "?model=" + URLEncoder.encode(model, StandardCharsets.UTF_8);
    }

    /** {@code ws://127.0.0.1:<port>/v1/realtime/translations?model=<model>}: a translation session. */
    public String translationUrl(String model) {
        return "ws://" + hostForUrl() + ":" + port() + HandshakeHandler.TRANSLATIONS_PATH + "?model="
               + URLEncoder.encode(model, StandardCharsets.UTF_8);
    }

    /** Global fault rules (every session) and handshake refusals. */
    public FaultPlan faults() {
        return faults;
    }

    /** Sessions in connection order, closed ones included, since the start or the last {@link #reset()}. */
    public List<SimulatedSession> sessions() {
        return sessions.list();
    }

    /** The most recent session, or null. */
    public SimulatedSession lastSession() {
        List<SimulatedSession> all = sessions.list();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Waits until at least {@code count} sessions are listed; fails with an {@link AssertionError} on timeout. */
    public List<SimulatedSession> awaitSessions(int count, Duration timeout) {
        return sessions.await(count, timeout);
    }

    /** Every handshake attempt (accepted or refused), oldest first, bounded. */
    public List<HandshakeInfo> handshakes() {
        return sessions.handshakes();
    }

    /** Number of currently open sessions. */
    public int openSessionCount() {
        return sessions.openCount();
    }

    // ---- the SIP connector -------------------------------------------------------------------------------

    /**
     * A call arrives at the simulated SIP connector: it rings, and nothing is sent yet. Announce it with
     * {@link SimulatedSipCall#webhook(String, String)}, or use {@link #placeSipCall}.
     *
     * @param sipHeaders the INVITE headers the webhook carries, in order (e.g. From, To, Call-ID)
     */
    public SimulatedSipCall newSipCall(Map<String, String> sipHeaders) {
        return calls.newCall(new LinkedHashMap<>(sipHeaders));
    }

    /**
     * A call arrives and its {@code realtime.call.incoming} webhook, signed with {@code secret} (whsec_…), is posted
     * to {@code webhookUrl} as OpenAI posts it. Returns the call; {@link SimulatedSipCall#awaitState} follows what
     * the receiver does with it.
     *
     * @throws AssertionError when the receiver does not answer 2xx
     */
    public SimulatedSipCall placeSipCall(String webhookUrl, String secret, Map<String, String> sipHeaders) {
        SimulatedSipCall call = newSipCall(sipHeaders);
        WebhookDelivery delivery = call.webhook(webhookUrl, secret).send();
        if (delivery.status() / 100 != 2) {
            throw new AssertionError("the webhook receiver answered " + delivery.status() + " "
                    + delivery.responseBody() + " for " + call.callId());
        }
        return call;
    }

    /** A call by id, or null. */
    public SimulatedSipCall sipCall(String callId) {
        return calls.get(callId);
    }

    /** Call-control and client-secret requests received (bounded), oldest first. */
    public List<RestRequest> restRequests() {
        return calls.requests();
    }

    /**
     * Waits until {@code count} REST requests of {@code operation} (accept, reject, refer, hangup, client_secrets,
     * translations/client_secrets) were received; returns them.
     */
    public List<RestRequest> awaitRestRequests(String operation, int count, Duration timeout) {
        return calls.await(r -> r.operation().equals(operation), count, timeout, "'" + operation + "'");
    }

    /**
     * Between tests: forgets the listed sessions, the handshake log and the REST log and clears global faults, so
     * each test sees only its own connections. Sessions still open keep running; keep a reference if a later test needs one.
     */
    public void reset() {
        faults.clear();
        sessions.reset();
        calls.reset();
    }

    private String hostForUrl() {
        String host = config.host();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private void requireStarted() {
        if (port < 0) {
            throw new IllegalStateException("simulator not started");
        }
    }

    @Override
    public String toString() {
        return port < 0 ? "RealtimeSimulator[not started]" : "RealtimeSimulator[" + baseUrl() + "]";
    }

    /** Builds a {@link RealtimeSimulator}; call {@link RealtimeSimulator#start()} on the result. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private Builder() {
        }

        public RealtimeSimulator build() {
            return new RealtimeSimulator(buildConfig());
        }
    }
}
