package io.gptrealtime.camel.consumer;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.tools.McpApprovalRequest;
import io.gptrealtime.camel.tools.McpDecision;
import io.gptrealtime.camel.tools.ToolCall;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * Tool calls and MCP approval requests to Camel messages and back: the arguments as a Map body with the ids in
 * headers; the reply body as the function_call_output text, or as an approval decision.
 */
public final class ToolExchanges {

    private ToolExchanges() {
    }

    /**
     * The call as the route sees it.
     *
     * @throws IllegalArgumentException when the model's arguments are not a JSON object (the call fails)
     */
    public static void mapCall(ToolCall call, Message message) {
        message.setHeader(GptRealtimeConstants.SESSION_KEY, call.sessionKey());
        message.setHeader(GptRealtimeConstants.SESSION_ID, call.sessionId());
        message.setHeader(GptRealtimeConstants.TOOL_NAME, call.name());
        message.setHeader(GptRealtimeConstants.CALL_ID, call.callId());
        message.setHeader(GptRealtimeConstants.TOOL_ARGUMENTS, call.arguments());
        message.setHeader(GptRealtimeConstants.RESPONSE_ID, call.responseId());
        message.setHeader(GptRealtimeConstants.ITEM_ID, call.itemId());
        message.setBody(call.argumentsMap());
    }

    /** The approval request as the route sees it: the arguments as a Map when they are a JSON object. */
    public static void mapApproval(McpApprovalRequest request, Message message) {
        message.setHeader(GptRealtimeConstants.SESSION_KEY, request.sessionKey());
        message.setHeader(GptRealtimeConstants.SESSION_ID, request.sessionId());
        message.setHeader(GptRealtimeConstants.MCP_APPROVAL_REQUEST_ID, request.requestId());
        message.setHeader(GptRealtimeConstants.MCP_SERVER_LABEL, request.serverLabel());
        message.setHeader(GptRealtimeConstants.TOOL_NAME, request.name());
        message.setHeader(GptRealtimeConstants.TOOL_ARGUMENTS, request.arguments());
        message.setHeader(GptRealtimeConstants.RESPONSE_ID, request.responseId());
        Object body = request.arguments();
        try {
            if (request.arguments() != null && request.arguments().trim().startsWith("{")) {
                body = RealtimeJson.mapper().readValue(request.arguments(), Map.class);
            }
        } catch (JsonProcessingException e) {
            // the route still gets the text
        }
        message.setBody(body);
    }

    /**
     * The function_call_output for the route's reply: text as it is, maps, lists and other values as JSON, and a
     * plain ok for no body (the model must get some output for every call).
     */
    public static String output(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return "{\"status\":\"ok\"}";
        }
        if (body instanceof String s) {
            return s;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (body instanceof Map || body instanceof Collection || body instanceof Number || body instanceof Boolean
            || body.getClass().isArray()) {
            try {
                return RealtimeJson.mapper().writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The tool's reply cannot be written as JSON: "
                                                   + e.getOriginalMessage(), e);
            }
        }
        return exchange.getMessage().getMandatoryBody(String.class);
    }

    /**
     * The approval route's decision: the {@link GptRealtimeConstants#MCP_APPROVE} header, else a Boolean body, else a
     * String body approve/approved/yes/true or deny/denied/no/false. Anything else denies: an approval must be
     * explicit.
     */
    public static McpDecision decision(Exchange exchange) {
        Message m = exchange.getMessage();
        String reason = m.getHeader(GptRealtimeConstants.MCP_APPROVAL_REASON, String.class);
        Boolean approve = m.getHeader(GptRealtimeConstants.MCP_APPROVE, Boolean.class);
        if (approve == null) {
            Object body = m.getBody();
            if (body instanceof Boolean b) {
                approve = b;
            } else if (body != null) {
                approve = switch (m.getBody(String.class).trim().toLowerCase(Locale.ROOT)) {
                    case "approve", "approved", "yes", "true" -> Boolean.TRUE;
                    case "deny", "denied", "no", "false" -> Boolean.FALSE;
                    default -> null;
                };
            }
        }
        if (approve == null) {
            return McpDecision.deny(reason != null ? reason : "The approval route gave no decision");
        }
        return approve ? McpDecision.approve(reason) : McpDecision.deny(reason);
    }
}
