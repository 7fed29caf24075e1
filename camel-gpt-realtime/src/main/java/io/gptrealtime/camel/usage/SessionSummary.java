package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The account of one session: what it cost, how long it ran, what happened in it. Carried by the consumer's
 * {@code session.closed} event (and available live from {@link SessionStats#summary()}). Immutable.
 *
 * @param agent             the agent name
 * @param sessionKey        the conversation key
 * @param sessionId         sess_..., null if the session never opened
 * @param model             the model the cost is based on
 * @param durationMillis    from the session's creation to its end (or to now while it is live)
 * @param turns             user turns: user messages added to the conversation (committed audio or text)
 * @param responses         finished responses
 * @param interruptions     times the user spoke over the assistant (barge-in)
 * @param toolCalls         function and MCP calls the model made
 * @param tokens            the sum of the responses' usage
 * @param cost              USD, exact; null when the model has no price
 * @param costPerMinute     USD per minute of session, 6 decimals; null when unknown
 * @param audioInSeconds    audio sent to the service
 * @param audioOutSeconds   audio received from the service
 * @param droppedEvents     events dropped because routes did not keep up
 * @param timeToFirstAudio  speech_stopped to the first audio of the next response
 * @param responseDuration  response.created to response.done
 * @param bargeInReaction   speech_started to playback cleared (reported by the audio playout)
 * @param toolLatency       tool execution time (reported by the tool runner)
 */
public record SessionSummary(String agent, String sessionKey, String sessionId, String model, long durationMillis,
                             int turns, int responses, int interruptions, int toolCalls, TokenUsage tokens,
                             BigDecimal cost, BigDecimal costPerMinute, double audioInSeconds, double audioOutSeconds,
                             long droppedEvents, LatencyStats.Snapshot timeToFirstAudio,
                             LatencyStats.Snapshot responseDuration, LatencyStats.Snapshot bargeInReaction,
                             LatencyStats.Snapshot toolLatency) {

    /** A JSON-friendly map (costs as plain strings so no precision is lost), for consoles and logs. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent", agent);
        m.put("sessionKey", sessionKey);
        m.put("sessionId", sessionId);
        m.put("model", model);
        m.put("durationMs", durationMillis);
        m.put("turns", turns);
        m.put("responses", responses);
        m.put("interruptions", interruptions);
        m.put("toolCalls", toolCalls);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("input", tokens.inputTokens());
        t.put("inputText", tokens.inputText());
        t.put("inputAudio", tokens.inputAudio());
        t.put("inputImage", tokens.inputImage());
        t.put("cached", tokens.cachedTokens());
        t.put("output", tokens.outputTokens());
        t.put("outputText", tokens.outputText());
        t.put("outputAudio", tokens.outputAudio());
        t.put("total", tokens.totalTokens());
        m.put("tokens", t);
        m.put("costUsd", CostCalculator.plain(cost));
        m.put("costPerMinuteUsd", CostCalculator.plain(costPerMinute));
        m.put("audioInSeconds", round3(audioInSeconds));
        m.put("audioOutSeconds", round3(audioOutSeconds));
        m.put("droppedEvents", droppedEvents);
        m.put("timeToFirstAudio", timeToFirstAudio.toMap());
        m.put("responseDuration", responseDuration.toMap());
        m.put("bargeInReaction", bargeInReaction.toMap());
        m.put("toolLatency", toolLatency.toMap());
        return m;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    public String toString() {
        return "SessionSummary" + toMap();
    }
}
