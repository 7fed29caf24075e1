package io.gptrealtime.camel.session;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.RealtimeJson;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns a failed WebSocket handshake into a clear message (status, the service's error message and code). */
final class HandshakeErrors {

    private static final int MAX_BODY = 4096;

    private HandshakeErrors() {
    }

    static String describe(Response response, Throwable t) {
        if (response == null) {
            return t == null ? "unknown error" : t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        StringBuilder sb = new StringBuilder("HTTP ").append(response.code());
        String message = serviceMessage(response);
        if (message != null) {
            sb.append(": ").append(message);
        } else if (t != null && t.getMessage() != null) {
            sb.append(" (").append(t.getMessage()).append(')');
        }
        return sb.toString();
    }

    /** The service's error code from the JSON body, or a code derived from the status. */
    static String errorCode(Response response) {
        if (response == null) {
            return null;
        }
        JsonNode error = errorNode(response);
        if (error != null && error.hasNonNull("code")) {
            return error.get("code").asText();
        }
        return switch (response.code()) {
            case 401 -> "invalid_api_key";
            case 403 -> "permission_denied";
            case 404 -> "model_not_found";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
    }

    private static String serviceMessage(Response response) {
        JsonNode error = errorNode(response);
        if (error != null && error.hasNonNull("message")) {
            return error.get("message").asText();
        }
        return null;
    }

    private static JsonNode errorNode(Response response) {
        try {
            ResponseBody body = response.peekBody(MAX_BODY);
            String text = body.string();
            if (text.isBlank()) {
                return null;
            }
            JsonNode node = RealtimeJson.mapper().readTree(text);
            return node.path("error").isObject() ? node.get("error") : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
