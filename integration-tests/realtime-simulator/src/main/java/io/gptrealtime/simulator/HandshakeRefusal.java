package io.gptrealtime.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An HTTP answer instead of the WebSocket upgrade (outage, overload, rate limit). Immutable. */
public final class HandshakeRefusal {

    private final int status;
    private final String body;
    private final Map<String, String> headers;

    private HandshakeRefusal(int status, String body, Map<String, String> headers) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("refusal status must be 4xx or 5xx: " + status);
        }
        this.status = status;
        this.body = Objects.requireNonNull(body, "body");
        this.headers = Map.copyOf(headers);
    }

    /** A refusal with an OpenAI-style JSON error body suited to the status (429, 500, 503, others). */
    public static HandshakeRefusal of(int status) {
        String type;
        String code;
        String message;
        switch (status) {
            case 429:
                type = "requests";
                code = "rate_limit_exceeded";
                message = "Rate limit reached for requests. Please try again in 1s.";
                break;
            case 500:
                type = "server_error";
                code = "server_error";
                message = "The server had an error while processing your request. Sorry about that!";
                break;
            case 503:
                type = "server_error";
                code = "service_unavailable";
                message = "The server is overloaded or not ready yet.";
                break;
            default:
                type = status < 500 ? "invalid_request_error" : "server_error";
                code = null;
                message = "Simulated HTTP " + status + ".";
        }
        return new HandshakeRefusal(status, HttpErrors.body(message, type, code), Map.of());
    }

    public static HandshakeRefusal of(int status, String jsonBody) {
        return new HandshakeRefusal(status, jsonBody, Map.of());
    }

    public HandshakeRefusal withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HandshakeRefusal(status, body, copy);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }
}
