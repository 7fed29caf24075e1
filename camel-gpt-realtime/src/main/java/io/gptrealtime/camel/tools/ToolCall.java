package io.gptrealtime.camel.tools;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.gptrealtime.camel.protocol.RealtimeJson;

/**
 * One call of a function tool by the model, as handed to its {@link ToolHandler}. Immutable.
 */
public final class ToolCall {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final String sessionKey;
    private final String sessionId;
    private final String name;
    private final String callId;
    private final String arguments;
    private final String responseId;
    private final String itemId;
    private final long receivedNanos;

    public ToolCall(String sessionKey, String sessionId, String name, String callId, String arguments,
                    String responseId, String itemId, long receivedNanos) {
        this.sessionKey = sessionKey;
        this.sessionId = sessionId;
        this.name = name;
        this.callId = callId;
        this.arguments = arguments;
        this.responseId = responseId;
        this.itemId = itemId;
        this.receivedNanos = receivedNanos;
    }

    public String sessionKey() {
        return sessionKey;
    }

    public String sessionId() {
        return sessionId;
    }

    public String name() {
        return name;
    }

    public String callId() {
        return callId;
    }

    /** The arguments as the model wrote them (JSON text). */
    public String arguments() {
        return arguments;
    }

    /**
     * The arguments as a Map (an empty map for empty arguments).
     *
     * @throws IllegalArgumentException when they are not a JSON object (the model can say so: the call fails)
     */
    public Map<String, Object> argumentsMap() {
        if (arguments == null || arguments.isBlank()) {
            return new java.util.LinkedHashMap<>();
        }
        try {
            Map<String, Object> map = RealtimeJson.mapper().readValue(arguments, MAP);
            if (map == null) {
                throw new IllegalArgumentException("The arguments of " + name + " are not a JSON object: null");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The arguments of " + name + " are not a JSON object: "
                                               + e.getOriginalMessage(), e);
        }
    }

    /** The response that made the call. */
    public String responseId() {
        return responseId;
    }

    /** The function_call item. */
    public String itemId() {
        return itemId;
    }

    /** {@link System#nanoTime()} when the arguments were complete (response.function_call_arguments.done). */
    public long receivedNanos() {
        return receivedNanos;
    }

    @Override
    public String toString() {
        return "ToolCall[" + name + ", " + callId + ", session=" + sessionKey + "]";
    }
}
