package io.gptrealtime.camel.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.GptRealtimeConfiguration;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeEndpoint;
import io.gptrealtime.camel.GptRealtimeOperation;
import io.gptrealtime.camel.openai.sip.CallDecision;
import io.gptrealtime.camel.openai.sip.OpenAiSipCalls;
import io.gptrealtime.camel.openai.sip.SidebandCall;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.support.OpenAiSessions;
import io.gptrealtime.camel.telephony.CallInfo;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The OpenAI REST operations: call control by call id (acceptCall, rejectCall, referCall, hangUpCall) and ephemeral
 * keys (clientSecret, translationClientSecret). They open no WebSocket session; an HTTP failure becomes a
 * RealtimeApiException on the exchange with the status and the service's message (never the API key).
 */
public final class OpenAiCallOperations {

    private OpenAiCallOperations() {
    }

    public static void run(GptRealtimeOperation op, GptRealtimeEndpoint endpoint, Exchange exchange) {
        Message in = exchange.getMessage();
        OpenAiSipCalls calls = endpoint.getOpenAiCalls();
        switch (op) {
            case acceptCall -> {
                String callId = callId(in);
                SidebandCall call = calls.accept(callInfo(callId, in),
                        CallDecision.override(sessionOverride(in, in.getHeader(GptRealtimeConstants.CALL_SESSION_CONFIG))));
                in.setHeader(GptRealtimeConstants.SESSION_KEY, SidebandCall.sessionKey(call.call().callId()));
            }
            case rejectCall -> calls.reject(callId(in), CallDecision.sipStatus(in));
            case referCall -> {
                String target = in.getHeader(GptRealtimeConstants.TRANSFER_TARGET, String.class);
                target = target != null ? target : in.getBody(String.class);
                if (target == null || target.isBlank()) {
                    throw new IllegalArgumentException("referCall needs the " + GptRealtimeConstants.TRANSFER_TARGET
                                                       + " header or a body with a tel: or sip: URI");
                }
                calls.refer(callId(in), target.trim());
            }
            case hangUpCall -> calls.hangUp(callId(in));
            case clientSecret, translationClientSecret -> clientSecret(op, endpoint, exchange);
            default -> throw new IllegalArgumentException(op + " is not an OpenAI REST operation");
        }
    }

    private static void clientSecret(GptRealtimeOperation op, GptRealtimeEndpoint endpoint, Exchange exchange) {
        Message in = exchange.getMessage();
        GptRealtimeConfiguration config = endpoint.getConfiguration();
        Integer expiresAfter = in.getHeader(GptRealtimeConstants.CLIENT_SECRET_EXPIRES_AFTER, Integer.class);
        int seconds = expiresAfter != null ? expiresAfter : config.getClientSecretExpiresAfter();
        ObjectNode override = CallDecision.override(sessionOverride(in, null));
        OpenAiSipCalls calls = endpoint.getOpenAiCalls();
        String answer = op == GptRealtimeOperation.clientSecret
                ? calls.rest().createClientSecret(OpenAiSessions.clientSecretBody(config, exchange.getContext(), seconds,
                        override))
                : calls.rest().createTranslationClientSecret(OpenAiSessions.translationClientSecretBody(config, seconds,
                        override));
        try {
            JsonNode json = RealtimeJson.mapper().readTree(answer);
            in.setHeader(GptRealtimeConstants.CLIENT_SECRET, json.path("value").asText(null));
            if (json.path("expires_at").canConvertToLong()) {
                in.setHeader(GptRealtimeConstants.CLIENT_SECRET_EXPIRES_AT, json.path("expires_at").asLong());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The client secret answer is not JSON", e);
        }
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        in.setBody(answer);
    }

    /**
     * Session fields from a JSON String body (or a JsonNode), else from {@code header}. An empty body means none; a
     * non-JSON text body is an error rather than something silently ignored. Map bodies (the SIP headers of a webhook
     * exchange) are not overrides.
     */
    private static Object sessionOverride(Message in, Object header) {
        Object body = in.getBody();
        if (body instanceof JsonNode) {
            return body;
        }
        if (body instanceof String s && !s.isBlank()) {
            if (!s.trim().startsWith("{")) {
                throw new IllegalArgumentException("The body must be empty or a JSON object of session fields, was '"
                                                   + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'");
            }
            return s;
        }
        return header;
    }

    private static String callId(Message in) {
        String id = in.getHeader(GptRealtimeConstants.PHONE_CALL_ID, String.class);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The OpenAI call operations need the call id (rtc_...) in the "
                                               + GptRealtimeConstants.PHONE_CALL_ID + " header");
        }
        return id.trim();
    }

    @SuppressWarnings("unchecked")
    private static CallInfo callInfo(String callId, Message in) {
        Object headers = in.getHeader(GptRealtimeConstants.CALL_HEADERS);
        return new CallInfo(SidebandCall.GATEWAY, callId, in.getHeader(GptRealtimeConstants.CALL_FROM, String.class),
                in.getHeader(GptRealtimeConstants.CALL_TO, String.class),
                headers instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of());
    }
}
