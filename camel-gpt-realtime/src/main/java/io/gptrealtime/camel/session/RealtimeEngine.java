package io.gptrealtime.camel.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.gptrealtime.camel.protocol.RealtimeEventCodec;
import io.gptrealtime.camel.protocol.translation.TranslationEvents;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared machinery of all sessions of a component: the HTTP client (one OkHttp reader thread per open socket,
 * from {@code socketPool}), the dispatch pool that runs route work, a scheduler for timeouts, and the agents.
 * Owns nothing it was given except when told so; {@link #shutdown} closes sessions and stops what it owns.
 */
public final class RealtimeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeEngine.class);

    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final ExecutorService dispatchPool;
    private final ScheduledExecutorService scheduler;
    private final RealtimeEventCodec codec = new RealtimeEventCodec();
    private final ConcurrentMap<String, Agent> agents = new ConcurrentHashMap<>();
    /** Registered by the component before sessions open; read on every session open. */
    private final List<SessionHook> sessionHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param userClient   an OkHttpClient to share (its settings are kept), or null to build one on {@code socketPool}
     * @param socketPool   runs OkHttp's calls, i.e. one reader thread per open WebSocket (unused with a user client)
     * @param dispatchPool runs route work of all sessions, serialised per session
     * @param scheduler    connect, close and response timers
     */
    public RealtimeEngine(OkHttpClient userClient, ExecutorService socketPool, ExecutorService dispatchPool,
                          ScheduledExecutorService scheduler) {
        if (userClient != null) {
            this.http = userClient;
            this.ownsHttp = false;
        } else {
            Dispatcher dispatcher = new Dispatcher(socketPool);
            // Each WebSocket holds its call for the life of the session: do not let OkHttp's per-host limit (5)
            // queue the sixth call to the same host.
            dispatcher.setMaxRequests(Integer.MAX_VALUE);
            dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
            this.http = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                    .readTimeout(0, TimeUnit.MILLISECONDS)
                    .build();
            this.ownsHttp = true;
        }
        this.dispatchPool = dispatchPool;
        this.scheduler = scheduler;
    }

    public Agent agent(String name) {
        return agents.computeIfAbsent(name, n -> new Agent(n, this));
    }

    public List<Agent> agents() {
        return new ArrayList<>(agents.values());
    }

    /** The HTTP client of the sessions; REST clients derive from it to share its connections and settings. */
    public OkHttpClient http() {
        return http;
    }

    public RealtimeEventCodec codec() {
        return codec;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** A session of no agent (engine tests, health probes): no session hooks run, no listener but the given one. */
    public RealtimeSession newSession(String key, SessionSettings settings, SessionListener listener) {
        return new RealtimeSession(key, settings, codecFor(settings), http, dispatchPool, scheduler, listener);
    }

    /** Translation sessions speak their own event set (session.input_audio_buffer.append, session.close, …). */
    private RealtimeEventCodec codecFor(SessionSettings settings) {
        return settings.isTranslation() ? TranslationEvents.codec() : codec;
    }

    /**
     * Sees every new session of an agent before it connects, e.g. to attach a {@link SessionObserver} that must not
     * miss session.created (usage accounting). Hooks run on the thread that opens the session and must be quick.
     */
    @FunctionalInterface
    public interface SessionHook {
        void onNewSession(Agent agent, RealtimeSession session);
    }

    public void addSessionHook(SessionHook hook) {
        sessionHooks.add(hook);
    }

    public void removeSessionHook(SessionHook hook) {
        sessionHooks.remove(hook);
    }

    /** Runs the hooks for a session the agent created; a failing hook is logged and does not stop the session. */
    void fireNewSession(Agent agent, RealtimeSession session) {
        for (SessionHook hook : sessionHooks) {
            try {
                hook.onNewSession(agent, session);
            } catch (RuntimeException e) {
                LOG.warn("Session hook failed for {}: {}", session, e.toString(), e);
            }
        }
    }

    /** Closes all sessions (waiting up to {@code timeoutMillis}) and releases the HTTP client's threads and sockets. */
    public void shutdown(long timeoutMillis) {
        CompletableFuture<?>[] closing = agents.values().stream().map(Agent::closeAll)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(closing).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Sessions did not close within {} ms; cancelling their sockets", timeoutMillis);
        } catch (Exception e) {
            LOG.debug("Closing sessions failed: {}", e.toString());
        }
        if (ownsHttp) {
            http.dispatcher().cancelAll();
            http.connectionPool().evictAll();
        }
        agents.clear();
    }
}
