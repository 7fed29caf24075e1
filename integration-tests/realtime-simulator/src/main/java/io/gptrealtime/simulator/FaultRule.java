package io.gptrealtime.simulator;

import java.util.Objects;

/**
 * A trigger and an action: {@code FaultRule.when(Trigger.afterAudioDeltas(3)).then(FaultAction.drop())}.
 * Fires at most {@link #times()} times per session (once by default); with an occurrence trigger, further firings
 * happen on the following occurrences. Immutable; identity matters (a plan tracks firings per rule instance).
 */
public final class FaultRule {

    private final Trigger trigger;
    private final FaultAction action;
    private final int times;

    private FaultRule(Trigger trigger, FaultAction action, int times) {
        this.trigger = trigger;
        this.action = action;
        this.times = times;
    }

    public static Pending when(Trigger trigger) {
        return new Pending(Objects.requireNonNull(trigger, "trigger"));
    }

    /** The same rule, allowed to fire {@code n} times per session. */
    public FaultRule times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be >= 1: " + n);
        }
        return new FaultRule(trigger, action, n);
    }

    public Trigger trigger() {
        return trigger;
    }

    public FaultAction action() {
        return action;
    }

    public int times() {
        return times;
    }

    @Override
    public String toString() {
        return "when " + trigger + " then " + action + (times > 1 ? " x" + times : "");
    }

    /** Half-built rule: a trigger waiting for its action. */
    public static final class Pending {
        private final Trigger trigger;

        private Pending(Trigger trigger) {
            this.trigger = trigger;
        }

        public FaultRule then(FaultAction action) {
            return new FaultRule(trigger, Objects.requireNonNull(action, "action"), 1);
        }
    }
}
