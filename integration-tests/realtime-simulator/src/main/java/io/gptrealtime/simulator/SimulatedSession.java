package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One WebSocket connection to the simulator, as tests see it: what the handshake carried, every message received
 * and sent, the effective session configuration, and fault hooks. Thread-safe; the protocol itself runs on the
 * connection's event loop, and the methods here only read recorded state or hand work to that loop.
 */
public final class SimulatedSession {

    /** Connection state from the server's side. */
    public enum State {
        OPEN,
        /** A close frame was sent or received; TCP still up. */
        CLOSING,
        CLOSED
    }

    private final long ordinal;
    private final HandshakeInfo handshake;
    private final SessionKind kind;
    private final String model;
    private final EventRecorder recorder;
    private final FaultPlan faults = new FaultPlan();
    /** Written by the event loop once the protocol exists; read by any thread. */
    private volatile FaultEngine.Target protocol;
    /** Written by the event loop. */
    private volatile String id;
    private volatile State state = State.OPEN;
    /** A copy of the effective session after each change; written by the event loop. */
    private volatile ObjectNode effectiveSession;
    private volatile int closeCodeReceived = -1;

    SimulatedSession(long ordinal, HandshakeInfo handshake, SessionKind kind, String model, EventRecorder recorder) {
        this.ordinal = ordinal;
        this.handshake = handshake;
        this.kind = kind;
        this.model = model;
        this.recorder = recorder;
    }

    void attach(FaultEngine.Target protocol, String sessionId) {
        this.protocol = protocol;
        this.id = sessionId;
    }

    void state(State newState) {
        this.state = newState;
        if (newState == State.CLOSED) {
            recorder.markClosed();
        }
    }

    void effectiveSession(ObjectNode snapshot) {
        this.effectiveSession = snapshot;
    }

    void closeCodeReceived(int code) {
        this.closeCodeReceived = code;
    }

    /** The {@code sess_…} id reported in {@code session.created}. */
    public String id() {
        return id;
    }

    /** 1 for the simulator's first connection, 2 for the next, … (survives {@link RealtimeSimulator#reset()}). */
    public long ordinal() {
        return ordinal;
    }

    public HandshakeInfo handshake() {
        return handshake;
    }

    public SessionKind kind() {
        return kind;
    }

    /** The model from the URL (or the default model for sideband connections); null for transcription sessions. */
    public String model() {
        return model;
    }

    public State state() {
        return state;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** The close code the client sent, or -1 if it sent none. */
    public int closeCodeReceived() {
        return closeCodeReceived;
    }

    /** The session object as last sent in {@code session.created/updated} (a copy; null before it was sent). */
    public ObjectNode effectiveSession() {
        ObjectNode s = effectiveSession;
        return s == null ? null : s.deepCopy();
    }

    // ---- recording ---------------------------------------------------------------------------------------

    /** Everything received and sent, in order. */
    public List<RecordedEvent> events() {
        return recorder.snapshot(e -> true);
    }

    public List<RecordedEvent> receivedEvents() {
        return recorder.snapshot(e -> e.direction() == RecordedEvent.Direction.RECEIVED);
    }

    public List<RecordedEvent> receivedOfType(String type) {
        return recorder.snapshot(e -> e.direction() == RecordedEvent.Direction.RECEIVED && type.equals(e.type()));
    }

    public List<RecordedEvent> sentEvents() {
        return recorder.snapshot(e -> e.direction() == RecordedEvent.Direction.SENT);
    }

    public List<RecordedEvent> sentOfType(String type) {
        return recorder.snapshot(e -> e.direction() == RecordedEvent.Direction.SENT && type.equals(e.type()));
    }

    /** Waits until {@code count} client events of {@code type} were received; returns all of them so far. */
    public List<RecordedEvent> awaitReceived(String type, int count, Duration timeout) {
        Objects.requireNonNull(type, "type");
        return recorder.await(e -> e.direction() == RecordedEvent.Direction.RECEIVED && type.equals(e.type()), count,
                timeout, "received '" + type + "'");
    }

    /** Waits until {@code count} server events of {@code type} were sent; returns all of them so far. */
    public List<RecordedEvent> awaitSent(String type, int count, Duration timeout) {
        Objects.requireNonNull(type, "type");
        return recorder.await(e -> e.direction() == RecordedEvent.Direction.SENT && type.equals(e.type()), count,
                timeout, "sent '" + type + "'");
    }

    /** Waits for the first server event of {@code type}. */
    public RecordedEvent awaitSent(String type, Duration timeout) {
        return awaitSent(type, 1, timeout).get(0);
    }

    public void awaitClosed(Duration timeout) {
        recorder.awaitClosed(timeout);
    }

    /** Present when the recording bounds were hit: says how much was left out. */
    public Optional<String> recordingOverflow() {
        return Optional.ofNullable(recorder.overflowNote());
    }

    // ---- faults ------------------------------------------------------------------------------------------

    /** Rules for this session only (the simulator's global rules apply too). */
    public FaultPlan faults() {
        return faults;
    }

    /** Runs a fault now (on the session's event loop, after whatever it is doing). */
    public void inject(FaultAction action) {
        Objects.requireNonNull(action, "action");
        FaultEngine.Target p = protocol;
        if (p == null) {
            throw new IllegalStateException("session " + ordinal + " is not running a protocol");
        }
        p.executor().execute(() -> p.execute(action));
    }

    /** Runs {@code work} on the session's event loop (the protocol is confined to it). */
    void onProtocol(java.util.function.Consumer<SessionProtocol> work) {
        if (!(protocol instanceof SessionProtocol p)) {
            throw new IllegalStateException("session " + ordinal + " is not running a realtime protocol");
        }
        p.executor().execute(() -> work.accept(p));
    }

    /** Closes with a close frame (code, reason), after the events already queued. */
    public void close(int code, String reason) {
        inject(FaultAction.close(code, reason));
    }

    /** Resets the connection without a close frame. */
    public void drop() {
        inject(FaultAction.drop());
    }

    /** Sends any text frame to the client. */
    public void sendRaw(String text) {
        inject(FaultAction.sendRaw(text));
    }

    @Override
    public String toString() {
        return "SimulatedSession#" + ordinal + "[" + id + ", " + kind + ", " + state + "]";
    }
}
