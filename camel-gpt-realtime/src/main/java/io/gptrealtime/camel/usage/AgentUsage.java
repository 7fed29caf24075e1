package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Running totals over all sessions of one agent since the component started, for JMX and the dev console. Live
 * sessions add responses and latencies as they happen; closed sessions add their audio and drops. All counters
 * guarded by {@code this}; the latency stats are thread-safe themselves.
 */
public final class AgentUsage {

    private final String agent;
    private long sessionsOpened;
    private long sessionsClosed;
    private long reconnects;
    private long responses;
    private long interruptions;
    private long toolCalls;
    private long droppedEvents;
    private double audioInSeconds;
    private double audioOutSeconds;
    private TokenUsage tokens = TokenUsage.ZERO;
    private BigDecimal cost = BigDecimal.ZERO;
    /** Responses of models with no price, so the cost total is known to be a lower bound. */
    private long unpricedResponses;
    private final LatencyStats timeToFirstAudio = new LatencyStats();
    private final LatencyStats responseDuration = new LatencyStats();
    private final LatencyStats bargeInReaction = new LatencyStats();
    private final LatencyStats toolLatency = new LatencyStats();

    public AgentUsage(String agent) {
        this.agent = agent;
    }

    synchronized void sessionOpened(boolean reconnect) {
        sessionsOpened++;
        if (reconnect) {
            reconnects++;
        }
    }

    synchronized void reconnect() {
        reconnects++;
    }

    synchronized void response(TokenUsage t, BigDecimal c) {
        responses++;
        tokens = tokens.plus(t);
        if (c != null) {
            cost = cost.add(c);
        } else {
            unpricedResponses++;
        }
    }

    /** Cost of a session billed by duration (translation), added as its audio is accounted. */
    synchronized void durationCost(BigDecimal c) {
        cost = cost.add(c);
    }

    synchronized void interruption() {
        interruptions++;
    }

    synchronized void toolCall() {
        toolCalls++;
    }

    synchronized void sessionClosed(SessionSummary s) {
        sessionsClosed++;
        droppedEvents += s.droppedEvents();
        audioInSeconds += s.audioInSeconds();
        audioOutSeconds += s.audioOutSeconds();
    }

    /** The agent-wide latency stats; sessions record into them as they measure. */
    LatencyStats timeToFirstAudioStats() {
        return timeToFirstAudio;
    }

    LatencyStats responseDurationStats() {
        return responseDuration;
    }

    LatencyStats bargeInReactionStats() {
        return bargeInReaction;
    }

    LatencyStats toolLatencyStats() {
        return toolLatency;
    }

    public String agent() {
        return agent;
    }

    public synchronized long sessionsOpened() {
        return sessionsOpened;
    }

    public synchronized long activeSessions() {
        return sessionsOpened - sessionsClosed;
    }

    public synchronized long reconnects() {
        return reconnects;
    }

    public synchronized long responses() {
        return responses;
    }

    public synchronized long interruptions() {
        return interruptions;
    }

    public synchronized long toolCalls() {
        return toolCalls;
    }

    /** Dropped events of closed sessions (live ones are on their SessionStats). */
    public synchronized long droppedEvents() {
        return droppedEvents;
    }

    public synchronized TokenUsage tokens() {
        return tokens;
    }

    /** USD over the priced responses. */
    public synchronized BigDecimal cost() {
        return cost;
    }

    public synchronized long unpricedResponses() {
        return unpricedResponses;
    }

    public synchronized double audioInSeconds() {
        return audioInSeconds;
    }

    public synchronized double audioOutSeconds() {
        return audioOutSeconds;
    }

    public LatencyStats.Snapshot timeToFirstAudio() {
        return timeToFirstAudio.snapshot();
    }

    public LatencyStats.Snapshot responseDuration() {
        return responseDuration.snapshot();
    }

    public LatencyStats.Snapshot bargeInReaction() {
        return bargeInReaction.snapshot();
    }

    public LatencyStats.Snapshot toolLatency() {
        return toolLatency.snapshot();
    }

    public synchronized Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent", agent);
        m.put("sessionsOpened", sessionsOpened);
        m.put("activeSessions", sessionsOpened - sessionsClosed);
        m.put("reconnects", reconnects);
        m.put("responses", responses);
        m.put("interruptions", interruptions);
        m.put("toolCalls", toolCalls);
        m.put("tokens", tokens.totalTokens());
        m.put("costUsd", CostCalculator.plain(cost));
        m.put("unpricedResponses", unpricedResponses);
        m.put("audioInSeconds", Math.round(audioInSeconds * 1000) / 1000.0);
        m.put("audioOutSeconds", Math.round(audioOutSeconds * 1000) / 1000.0);
        m.put("droppedEventsOfClosedSessions", droppedEvents);
        return m;
    }
}
