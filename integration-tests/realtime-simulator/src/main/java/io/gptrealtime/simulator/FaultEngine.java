package io.gptrealtime.simulator;

import io.netty.util.concurrent.EventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Evaluates the global and the session's {@link FaultPlan}s against what happens on one session, and runs the
 * actions of rules that match. Rules are read live, so rules added while a session runs apply to it. Firings are
 * counted per rule instance per session. Owned by the session's event loop (plan listeners hop onto it).
 */
final class FaultEngine {

    private static final Logger LOG = LoggerFactory.getLogger(FaultEngine.class);

    /** The session side: runs actions on its event loop. */
    interface Target {
        EventExecutor executor();

        void execute(FaultAction action);

        String describe();
    }

    private final List<FaultPlan> plans;
    private final Target target;
    private final Map<FaultRule, Integer> fired = new IdentityHashMap<>();
    private final Map<String, Integer> clientCounts = new HashMap<>();
    private final Map<String, Integer> serverCounts = new HashMap<>();
    private final Consumer<FaultRule> onRuleAdded;
    /** Owner: Event loop of the session. */
    private boolean running;

    FaultEngine(FaultPlan global, FaultPlan session, Target target) {
        this.plans = List.of(global, session);
        this.target = target;
        this.onRuleAdded = rule -> target.executor().execute(() -> arm(rule));
    }

    /** Arms delay rules, registers for rules added later, and fires on-connect rules. */
    void start() {
        running = true;
        for (FaultPlan plan : plans) {
            plan.addListener(onRuleAdded);
        }
        for (FaultPlan plan : plans) {
            for (FaultRule rule : plan.rules()) {
                arm(rule);
            }
        }
        for (FaultPlan plan : plans) {
            for (FaultRule rule : plan.rules()) {
                if (rule.trigger().kind() == Trigger.Kind.ON_CONNECT) {
                    fire(rule);
                }
            }
        }
    }

    void stop() {
        running = false;
        for (FaultPlan plan : plans) {
            plan.removeListener(onRuleAdded);
        }
    }

    /**
     * Counts a client event and fires matching rules before the event is handled.
     *
     * @return true when a terminal action fired, so the event must not be handled
     */
    boolean beforeClientEvent(String type) {
        int count = clientCounts.merge(type, 1, Integer::sum);
        return fireOccurrences(Trigger.Kind.ON_CLIENT_EVENT, type, count);
    }

    /** Counts a written server event and fires matching rules. */
    void afterServerEvent(String type) {
        int count = serverCounts.merge(type, 1, Integer::sum);
        fireOccurrences(Trigger.Kind.AFTER_SERVER_EVENT, type, count);
    }

    private boolean fireOccurrences(Trigger.Kind kind, String type, int count) {
        boolean terminal = false;
        for (FaultPlan plan : plans) {
            for (FaultRule rule : plan.rules()) {
                Trigger t = rule.trigger();
                if (running && t.kind() == kind && type.equals(t.eventType()) && count >= t.nth()) {
                    terminal |= fire(rule);
                }
            }
        }
        return terminal;
    }

    private void arm(FaultRule rule) {
        if (!running || rule.trigger().kind() != Trigger.Kind.AFTER_DELAY) {
            return;
        }
        long delay = rule.trigger().delay().toNanos();
        if (delay == 0) {
            fire(rule);
        } else {
            target.executor().schedule(() -> fire(rule), delay, TimeUnit.NANOSECONDS);
        }
    }

    /** Runs the rule's action if it has firings left; returns whether the action was terminal. */
    private boolean fire(FaultRule rule) {
        int done = fired.getOrDefault(rule, 0);
        if (!running || done >= rule.times()) {
            return false;
        }
        fired.put(rule, done + 1);
        LOG.debug("fault on {}: {}", target.describe(), rule);
        target.execute(rule.action());
        return rule.action().terminal();
    }
}
