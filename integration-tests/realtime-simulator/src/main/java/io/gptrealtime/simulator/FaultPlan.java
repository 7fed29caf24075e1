package io.gptrealtime.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A set of {@link FaultRule}s, global ({@link RealtimeSimulator#faults()}: applies to every session) or per session
 * ({@link SimulatedSession#faults()}). Thread-safe: tests add rules from their thread while sessions evaluate them
 * on their event loops. Handshake refusals live only in the global plan (no session exists yet).
 */
public final class FaultPlan {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    /** Sessions that want to hear about rules added later (to arm delay triggers). */
    private final List<Consumer<FaultRule>> listeners = new CopyOnWriteArrayList<>();
    /** Guarded by itself: queued refusals, consumed one per handshake. */
    private final Deque<HandshakeRefusal> refusals = new ArrayDeque<>();

    FaultPlan() {
    }

    public FaultPlan add(FaultRule rule) {
        rules.add(Objects.requireNonNull(rule, "rule"));
        for (Consumer<FaultRule> listener : listeners) {
            listener.accept(rule);
        }
        return this;
    }

    /** Shortcut for {@code add(FaultRule.when(trigger).then(action))}. */
    public FaultPlan when(Trigger trigger, FaultAction action) {
        return add(FaultRule.when(trigger).then(action));
    }

    public boolean remove(FaultRule rule) {
        return rules.remove(rule);
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** Removes all rules and pending handshake refusals. */
    public void clear() {
        rules.clear();
        synchronized (refusals) {
            refusals.clear();
        }
    }

    /** The next {@code count} WebSocket handshakes get this HTTP answer instead of an upgrade. */
    public FaultPlan refuseHandshakes(int count, HandshakeRefusal refusal) {
        Objects.requireNonNull(refusal, "refusal");
        synchronized (refusals) {
            for (int i = 0; i < count; i++) {
                refusals.add(refusal);
            }
        }
        return this;
    }

    /** Shortcut: the next {@code count} handshakes get {@code status} with an OpenAI-style JSON body. */
    public FaultPlan refuseHandshakes(int count, int status) {
        return refuseHandshakes(count, HandshakeRefusal.of(status));
    }

    HandshakeRefusal pollRefusal() {
        synchronized (refusals) {
            return refusals.poll();
        }
    }

    void addListener(Consumer<FaultRule> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<FaultRule> listener) {
        listeners.remove(listener);
    }

    @Override
    public String toString() {
        return "FaultPlan" + rules;
    }
}
