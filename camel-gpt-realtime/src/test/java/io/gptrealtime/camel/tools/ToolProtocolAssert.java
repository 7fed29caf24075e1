package io.gptrealtime.camel.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.SimulatedSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the rules of tool orchestration on what the simulator recorded for a session: every function call and every
 * MCP approval request answered exactly once, and no in-conversation response.create while a response was active
 * (in the order the service saw them).
 */
final class ToolProtocolAssert {

    private ToolProtocolAssert() {
    }

    /** Asserts the rules; returns the answers by call id (function_call_output) or request id (approval). */
    static Map<String, JsonNode> assertToolProtocol(SimulatedSession session) {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> calls = new LinkedHashMap<>();
        Map<String, Integer> answerCount = new LinkedHashMap<>();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        String active = null;
        for (RecordedEvent e : session.events()) {
            String type = e.type();
            if (type == null) {
                continue;
            }
            JsonNode json = e.json();
            if (e.direction() == RecordedEvent.Direction.SENT) {
                switch (type) {
                    case "response.created" -> {
                        if (inConversation(json.path("response"))) {
                            active = json.path("response").path("id").asText();
                        }
                    }
                    case "response.done" -> {
                        if (json.path("response").path("id").asText().equals(active)) {
                            active = null;
                        }
                    }
                    case "response.function_call_arguments.done" -> calls.put(json.path("call_id").asText(), 0);
                    case "conversation.item.done" -> {
                        if ("mcp_approval_request".equals(json.path("item").path("type").asText())) {
                            calls.put(json.path("item").path("id").asText(), 0);
                        }
                    }
                    case "error" -> violations.add("error event: " + e.raw());
                    default -> {
                    }
                }
            } else {
                switch (type) {
                    case "response.create" -> {
                        boolean outOfBand = "none".equals(json.path("response").path("conversation").asText());
                        if (!outOfBand && active != null) {
                            violations.add("response.create while " + active + " was active: " + e.raw());
                        }
                    }
                    case "conversation.item.create" -> {
                        JsonNode item = json.path("item");
                        String id = switch (item.path("type").asText()) {
                            case "function_call_output" -> item.path("call_id").asText();
                            case "mcp_approval_response" -> item.path("approval_request_id").asText();
                            default -> null;
                        };
                        if (id != null) {
                            answerCount.merge(id, 1, Integer::sum);
                            answers.put(id, item);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        for (String call : calls.keySet()) {
            if (answerCount.getOrDefault(call, 0) != 1) {
                violations.add(call + " answered " + answerCount.getOrDefault(call, 0) + " times");
            }
        }
        for (Map.Entry<String, Integer> a : answerCount.entrySet()) {
            if (!calls.containsKey(a.getKey())) {
                violations.add("answer to an unknown call " + a.getKey());
            }
        }
        assertEquals(List.of(), violations, () -> "recorded: " + session.events().stream()
                .filter(e -> !"response.output_audio.delta".equals(e.type())
                             && !"input_audio_buffer.append".equals(e.type()))
                .map(e -> e.direction().name().charAt(0) + " " + e.type()).toList());
        assertTrue(answers.keySet().containsAll(calls.keySet()));
        return answers;
    }

    /** The response.create events the client sent, in order. */
    static List<JsonNode> responseCreates(SimulatedSession session) {
        return session.receivedOfType("response.create").stream().map(RecordedEvent::json).toList();
    }

    private static boolean inConversation(JsonNode response) {
        return response.hasNonNull("conversation_id");
    }
}
