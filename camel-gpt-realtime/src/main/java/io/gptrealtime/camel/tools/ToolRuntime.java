package io.gptrealtime.camel.tools;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool machinery of one engine: a {@link ToolRegistry} per agent, the bounded pool that runs tool routes, the
 * timer for timeouts and fillers. As the engine's session hook it gives every new session of an agent a
 * {@link ToolCallOrchestrator} before the session connects, so no function call is missed, and tools registered later
 * reach sessions already open.
 */
public final class ToolRuntime implements RealtimeEngine.SessionHook {

    private static final Logger LOG = LoggerFactory.getLogger(ToolRuntime.class);

    /** Bounded (the component's toolPoolSize threads and toolQueueSize waiting calls); owned by the component. */
    private final Executor toolPool;
    private final ScheduledExecutorService scheduler;
    private final ConcurrentMap<String, ToolRegistry> registries = new ConcurrentHashMap<>();
    private final List<ToolCallListener> listeners = new CopyOnWriteArrayList<>();

    public ToolRuntime(Executor toolPool, ScheduledExecutorService scheduler) {
        this.toolPool = toolPool;
        this.scheduler = scheduler;
    }

    /** The tools of an agent (created empty on first use). */
    public ToolRegistry registry(String agentName) {
        return registries.computeIfAbsent(agentName, n -> new ToolRegistry(n, this));
    }

    @Override
    public void onNewSession(Agent agent, RealtimeSession session) {
        registry(agent.name()).attach(session);
    }

    public void addCallListener(ToolCallListener listener) {
        listeners.add(listener);
    }

    public void removeCallListener(ToolCallListener listener) {
        listeners.remove(listener);
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /**
     * Starts {@code work} on the tool pool. The returned future completes with its result, or exceptionally with what
     * it threw, or with a {@link RejectedExecutionException} when the pool and its queue are full.
     */
    <T> CompletableFuture<T> invoke(Supplier<? extends CompletionStage<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            toolPool.execute(() -> {
                try {
                    work.get().whenComplete((value, error) -> {
                        if (error != null) {
                            result.completeExceptionally(error);
                        } else {
                            result.complete(value);
                        }
                    });
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    void fireStarted(ToolCall call) {
        for (ToolCallListener l : listeners) {
            try {
                l.onCallStarted(call);
            } catch (RuntimeException e) {
                LOG.warn("Tool call listener failed: {}", e.toString());
            }
        }
    }

    void fireAnswered(ToolCall call, ToolOutcome outcome, long sentNanos) {
        for (ToolCallListener l : listeners) {
            try {
                l.onCallAnswered(call, outcome, sentNanos);
            } catch (RuntimeException e) {
                LOG.warn("Tool call listener failed: {}", e.toString());
            }
        }
    }
}
