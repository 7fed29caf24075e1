package io.gptrealtime.camel.usage;

import java.math.BigDecimal;

import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeSession;

/**
 * The numbers of one agent as JMX shows them on its consumers and producers: totals since the component started plus
 * what only live sessions know (their dropped events). Reads only; safe from any thread.
 */
public final class AgentView {

    private final Agent agent;
    private final AgentUsage usage;

    public AgentView(Agent agent, AgentUsage usage) {
        this.agent = agent;
        this.usage = usage;
    }

    public String agentName() {
        return agent.name();
    }

    public int liveSessions() {
        return agent.sessions().size();
    }

    public long sessionsOpened() {
        return usage.sessionsOpened();
    }

    public long reconnects() {
        return usage.reconnects();
    }

    public long responses() {
        return usage.responses();
    }

    public long totalTokens() {
        return usage.tokens().totalTokens();
    }

    public BigDecimal costUsd() {
        return usage.cost();
    }

    public long interruptions() {
        return usage.interruptions();
    }

    public long toolCalls() {
        return usage.toolCalls();
    }

    /** Dropped events of the closed sessions and of the live ones. */
    public long droppedEvents() {
        long live = 0;
        for (RealtimeSession s : agent.sessions()) {
            live += s.droppedEvents();
        }
        return usage.droppedEvents() + live;
    }

    public double audioInSeconds() {
        return usage.audioInSeconds();
    }

    public double audioOutSeconds() {
        return usage.audioOutSeconds();
    }

    /** -1 when nothing was measured yet (JMX attributes are primitives). */
    public long averageTimeToFirstAudioMillis() {
        Long v = usage.timeToFirstAudio().averageMillis();
        return v == null ? -1 : v;
    }

    public long maxTimeToFirstAudioMillis() {
        Long v = usage.timeToFirstAudio().maxMillis();
        return v == null ? -1 : v;
    }
}
