package io.gptrealtime.camel.usage;

import java.math.BigDecimal;

import org.apache.camel.api.management.ManagedAttribute;

/**
 * The agent's figures as JMX attributes, shared by the consumers and producers of an agent (each shows the same
 * numbers under its own MBean). Implementations hand out their {@link AgentView}, which is null until they started.
 */
public interface ManagedAgentStatistics {

    /** The view of the agent's figures, or null before the service started. */
    AgentView agentView();

    @ManagedAttribute(description = "Sessions of the agent that are open or opening")
    default int getLiveSessions() {
        AgentView v = agentView();
        return v == null ? 0 : v.liveSessions();
    }

    @ManagedAttribute(description = "Sessions of the agent opened since the component started")
    default long getSessionsOpened() {
        AgentView v = agentView();
        return v == null ? 0 : v.sessionsOpened();
    }

    @ManagedAttribute(description = "Reconnects: a dropped connection resumed in place, or a new session for a key"
                                    + " whose previous session failed")
    default long getReconnects() {
        AgentView v = agentView();
        return v == null ? 0 : v.reconnects();
    }

    @ManagedAttribute(description = "Responses of the agent's sessions")
    default long getResponses() {
        AgentView v = agentView();
        return v == null ? 0 : v.responses();
    }

    @ManagedAttribute(description = "Tokens of the agent's sessions")
    default long getTotalTokens() {
        AgentView v = agentView();
        return v == null ? 0 : v.totalTokens();
    }

    @ManagedAttribute(description = "Cost of the agent's sessions in USD at the price table")
    default BigDecimal getCostUsd() {
        AgentView v = agentView();
        return v == null ? BigDecimal.ZERO : v.costUsd();
    }

    @ManagedAttribute(description = "Barge-ins in the agent's sessions")
    default long getInterruptions() {
        AgentView v = agentView();
        return v == null ? 0 : v.interruptions();
    }

    @ManagedAttribute(description = "Function and MCP calls of the model in the agent's sessions")
    default long getToolCalls() {
        AgentView v = agentView();
        return v == null ? 0 : v.toolCalls();
    }

    @ManagedAttribute(description = "Events dropped because routes did not keep up (dispatch queue overflows)")
    default long getDroppedEvents() {
        AgentView v = agentView();
        return v == null ? 0 : v.droppedEvents();
    }

    @ManagedAttribute(description = "Seconds of audio received from the service by closed sessions")
    default double getAudioOutSeconds() {
        AgentView v = agentView();
        return v == null ? 0 : v.audioOutSeconds();
    }

    @ManagedAttribute(description = "Seconds of audio sent to the service by closed sessions")
    default double getAudioInSeconds() {
        AgentView v = agentView();
        return v == null ? 0 : v.audioInSeconds();
    }

    @ManagedAttribute(description = "Mean time from end of speech to first audio in ms, -1 before any")
    default long getAverageTimeToFirstAudioMs() {
        AgentView v = agentView();
        return v == null ? -1 : v.averageTimeToFirstAudioMillis();
    }

    @ManagedAttribute(description = "Longest time from end of speech to first audio in ms, -1 before any")
    default long getMaxTimeToFirstAudioMs() {
        AgentView v = agentView();
        return v == null ? -1 : v.maxTimeToFirstAudioMillis();
    }
}
