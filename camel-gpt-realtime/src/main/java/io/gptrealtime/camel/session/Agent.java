package io.gptrealtime.camel.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.gptrealtime.camel.protocol.ServerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named session template and its live sessions, keyed by the conversation key. Listeners registered here (the
 * consumers of the agent) hear the events of every session of the agent.
 */
public final class Agent {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final String name;
    private final RealtimeEngine engine;
    private final ConcurrentMap<String, RealtimeSession> sessions = new ConcurrentHashMap<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final SessionListener fanOut = new FanOut();

    Agent(String name, RealtimeEngine engine) {
        this.name = name;
        this.engine = engine;
    }

    public String name() {
        return name;
    }

    /**
     * The open (or opening) session of {@code key}, or a new one connected with the settings. A session that is
     * closing or closed is replaced.
     */
    public RealtimeSession openSession(String key, int maxSessions, Supplier<SessionSettings> settings) {
        return openSession(key, maxSessions, settings, s -> {
        });
    }

    /**
     * Like {@link #openSession(String, int, Supplier)}; {@code onCreated} runs on a new session before it connects,
     * so observers it attaches see every event.
     */
    public RealtimeSession openSession(String key, int maxSessions, Supplier<SessionSettings> settings,
                                       java.util.function.Consumer<RealtimeSession> onCreated) {
        boolean[] created = new boolean[1];
        RealtimeSession session = sessions.compute(key, (k, existing) -> {
            if (existing != null && (existing.state() == SessionState.CONNECTING
                                     || existing.state() == SessionState.OPEN)) {
                return existing;
            }
            if (existing == null && sessions.size() >= maxSessions) {
                throw new RealtimeSessionException("The agent " + name + " already has " + sessions.size()
                                                   + " sessions (maxSessions=" + maxSessions + ")");
            }
            created[0] = true;
            return engine.newSession(k, settings.get(), fanOut);
        });
        if (created[0]) {
            onCreated.accept(session);
            session.whenClosed().whenComplete((v, e) -> sessions.remove(key, session));
            engine.fireNewSession(this, session);
            session.connect();
        }
        return session;
    }

    /** The session of {@code key} when it exists (in any state), else null. */
    public RealtimeSession session(String key) {
        return sessions.get(key);
    }

    public Collection<RealtimeSession> sessions() {
        return new ArrayList<>(sessions.values());
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Closes every session; the future completes when all sockets are gone. */
    public CompletableFuture<Void> closeAll() {
        return CompletableFuture.allOf(sessions.values().stream().map(RealtimeSession::close)
                .toArray(CompletableFuture[]::new));
    }

    private final class FanOut implements SessionListener {
        @Override
        public void onOpen(RealtimeSession session) {
            for (SessionListener l : listeners) {
                try {
                    l.onOpen(session);
                } catch (RuntimeException e) {
                    LOG.warn("Listener of agent {} failed on open: {}", name, e.toString(), e);
                }
            }
        }

        @Override
        public boolean wants(String eventType) {
            for (SessionListener l : listeners) {
                if (l.wants(eventType)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void onEvent(RealtimeSession session, ServerEvent event) {
            for (SessionListener l : listeners) {
                try {
                    l.onEvent(session, event);
                } catch (RuntimeException e) {
                    LOG.warn("Listener of agent {} failed on {}: {}", name, event.getType(), e.toString(), e);
                }
            }
        }

        @Override
        public void onClosed(RealtimeSession session, int code, String reason, Throwable cause) {
            for (SessionListener l : listeners) {
                try {
                    l.onClosed(session, code, reason, cause);
                } catch (RuntimeException e) {
                    LOG.warn("Listener of agent {} failed on close: {}", name, e.toString(), e);
                }
            }
        }
    }
}
