package io.gptrealtime.camel.usage;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.gptrealtime.camel.metrics.RealtimeMetrics;
import io.gptrealtime.camel.metrics.SessionMeters;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;

/**
 * The component's usage accounting: attaches a {@link SessionStats} to every new agent session (as a
 * {@link RealtimeEngine.SessionHook}), keeps per-agent totals and feeds the metrics. One per started component.
 */
public final class UsageTracker implements RealtimeEngine.SessionHook {

    /** Keys whose last session failed, per agent, so the next session of the key counts as a reconnect. */
    private static final int MAX_FAILED_KEYS = 1024;

    private final PriceTable prices;
    private final RealtimeMetrics metrics;
    private final ConcurrentMap<String, AgentUsage> agents = new ConcurrentHashMap<>();
    /** Guarded by itself; insertion-ordered so the oldest keys are forgotten first. */
    private final Map<String, Boolean> failedKeys = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_FAILED_KEYS;
        }
    };

    public UsageTracker(PriceTable prices, RealtimeMetrics metrics) {
        this.prices = prices;
        this.metrics = metrics;
    }

    @Override
    public void onNewSession(Agent agent, RealtimeSession session) {
        String model = modelOf(session);
        AgentUsage usage = agentUsage(agent.name());
        SessionMeters meters = metrics.forSession(agent.name(), model == null ? "unknown" : model);
        SessionStats stats = new SessionStats(session, agent.name(), model, prices, meters, usage);
        session.attributes().put(SessionStats.ATTRIBUTE, stats);
        session.addObserver(stats);
        boolean reconnect;
        String failedKey = agent.name() + "\u0000" + session.key();
        synchronized (failedKeys) {
            reconnect = failedKeys.remove(failedKey) != null;
        }
        usage.sessionOpened(reconnect);
        meters.sessionOpened();
        if (reconnect) {
            meters.reconnect();
        }
        session.whenClosed().whenComplete((v, e) -> {
            // an orderly close is not a failure; a session that ended with a cause is
            if (stats.failed()) {
                synchronized (failedKeys) {
                    failedKeys.put(failedKey, Boolean.TRUE);
                }
            }
        });
    }

    /** The totals of an agent (created empty on first use). */
    public AgentUsage agentUsage(String agent) {
        return agents.computeIfAbsent(agent, AgentUsage::new);
    }

    /** Totals of every agent seen so far, sorted by name. */
    public List<AgentUsage> agents() {
        List<AgentUsage> list = new ArrayList<>(agents.values());
        list.sort((a, b) -> a.agent().compareTo(b.agent()));
        return Collections.unmodifiableList(list);
    }

    public PriceTable prices() {
        return prices;
    }

    public RealtimeMetrics metrics() {
        return metrics;
    }

    /** The model asked for: from the initial session configuration, else the URL's model parameter. */
    static String modelOf(RealtimeSession session) {
        RealtimeSessionConfig config = session.settings().initialConfig();
        if (config != null && config.getModel() != null) {
            return config.getModel();
        }
        URI url = session.settings().url();
        String query = url.getRawQuery();
        if (query != null) {
            for (String p : query.split("&")) {
                if (p.startsWith("model=")) {
                    return java.net.URLDecoder.decode(p.substring(6), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
