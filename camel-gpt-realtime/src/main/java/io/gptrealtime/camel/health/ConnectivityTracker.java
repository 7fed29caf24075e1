package io.gptrealtime.camel.health;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;

/**
 * Remembers, per agent, whether the last attempt to open a session succeeded: real sessions (as an engine session
 * hook) and health probes alike. One entry per agent, so bounded by the number of agents.
 */
public final class ConnectivityTracker implements RealtimeEngine.SessionHook {

    /** The last open attempt: when it ended, and why it failed (null when the session opened). */
    public record Outcome(long atMillis, Throwable failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final ConcurrentMap<String, Outcome> byAgent = new ConcurrentHashMap<>();

    @Override
    public void onNewSession(Agent agent, RealtimeSession session) {
        String name = agent.name();
        session.whenOpen().whenComplete((s, e) -> record(name, e == null ? null : unwrap(e)));
    }

    public void record(String agent, Throwable failure) {
        byAgent.put(agent, new Outcome(System.currentTimeMillis(), failure));
    }

    /** The last outcome of the agent, or null when none of its sessions tried to open yet. */
    public Outcome latest(String agent) {
        return byAgent.get(agent);
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
