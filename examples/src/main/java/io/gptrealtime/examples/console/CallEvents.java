package io.gptrealtime.examples.console;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.consumer.EventExchangeMapper;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.usage.CostCalculator;
import io.gptrealtime.camel.usage.SessionSummary;
import org.apache.camel.Message;

/**
 * Turns the gpt-realtime consumer's exchanges into the small JSON events the console page understands:
 * call.started, transcript, tool.call, tool.result, cost and call.ended. Stateless.
 */
public final class CallEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CallEvents() {
    }

    /** The console event of a consumer exchange, or null for an event the page does not show. */
    public static String toJson(Message m) {
        String type = m.getHeader(GptRealtimeConstants.EVENT_TYPE, String.class);
        String key = m.getHeader(GptRealtimeConstants.SESSION_KEY, String.class);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", key);
        e.put("at", System.currentTimeMillis());
        switch (type == null ? "" : type) {
            case "session.created" -> {
                e.put("type", "call.started");
                e.put("sessionId", m.getHeader(GptRealtimeConstants.SESSION_ID));
            }
            case "conversation.item.input_audio_transcription.completed" -> {
                e.put("type", "transcript");
                e.put("role", "user");
                e.put("text", m.getBody(String.class));
            }
            case "response.output_audio_transcript.done", "response.output_text.done" -> {
                e.put("type", "transcript");
                e.put("role", "assistant");
                e.put("text", m.getBody(String.class));
            }
            case "response.function_call_arguments.done" -> {
                e.put("type", "tool.call");
                e.put("name", m.getHeader(GptRealtimeConstants.TOOL_NAME));
                e.put("callId", m.getHeader(GptRealtimeConstants.CALL_ID));
                e.put("arguments", m.getBody(String.class));
            }
            case "response.done" -> {
                e.put("type", "cost");
                e.put("status", m.getHeader(GptRealtimeConstants.RESPONSE_STATUS));
                e.put("model", m.getHeader(GptRealtimeConstants.MODEL));
                e.put("responseCost", plain(m.getHeader(GptRealtimeConstants.RESPONSE_COST, BigDecimal.class)));
                e.put("sessionCost", plain(m.getHeader(GptRealtimeConstants.SESSION_COST, BigDecimal.class)));
                e.put("tokens", m.getHeader(GptRealtimeConstants.TOTAL_TOKENS));
                e.put("timeToFirstAudioMs", m.getHeader(GptRealtimeConstants.TIME_TO_FIRST_AUDIO_MS));
                e.put("responseDurationMs", m.getHeader(GptRealtimeConstants.RESPONSE_DURATION_MS));
            }
            case "session.closed" -> {
                e.put("type", "call.ended");
                SessionSummary s = m.getHeader(GptRealtimeConstants.SESSION_SUMMARY, SessionSummary.class);
                e.put("summary", s == null ? null : s.toMap());
            }
            default -> {
                return null;
            }
        }
        return write(e);
    }

    /** A tool's result, for the page's tool panel. */
    public static String toolResult(String key, String name, String output, long latencyMillis) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", key);
        e.put("at", System.currentTimeMillis());
        e.put("type", "tool.result");
        e.put("name", name);
        e.put("output", output);
        e.put("latencyMs", latencyMillis);
        return write(e);
    }

    /** Whether a response.done finished a spoken (or written) answer, rather than only calling tools. */
    public static boolean isAnswer(Message m) {
        Object event = m.getHeader(EventExchangeMapper.EVENT_OBJECT);
        if (!(event instanceof ResponseDoneEvent done) || done.getResponse() == null) {
            return false;
        }
        List<ConversationItem> output = done.getResponse().getOutput();
        return output != null && output.stream().anyMatch(i -> "message".equals(i.getType()));
    }

    private static String plain(BigDecimal usd) {
        return CostCalculator.plain(usd);
    }

    private static String write(Map<String, Object> e) {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write console event " + e.get("type"), ex);
        }
    }
}
