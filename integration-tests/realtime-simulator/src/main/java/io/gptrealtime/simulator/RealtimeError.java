package io.gptrealtime.simulator;

import java.util.List;
import java.util.Locale;

/**
 * A protocol error to report to the client as an {@code error} event. Handlers throw it; the session's single
 * failure path turns it into the event and keeps the socket open (as the service does for client mistakes).
 * The factory methods carry the service's observed wording.
 */
final class RealtimeError extends Exception {

    private static final long serialVersionUID = 1L;

    static final String INVALID_REQUEST = "invalid_request_error";

    private final String type;
    private final String code;
    private final String param;

    RealtimeError(String type, String code, String message, String param) {
        super(message, null, false, false);
        this.type = type;
        this.code = code;
        this.param = param;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }

    String param() {
        return param;
    }

    static RealtimeError invalidValue(String value, List<String> supported, String param) {
        return new RealtimeError(INVALID_REQUEST, "invalid_value",
                "Invalid value: '" + value + "'. Supported values are: " + quotedList(supported) + ".", param);
    }

    static RealtimeError invalidValueMessage(String message, String param) {
        return new RealtimeError(INVALID_REQUEST, "invalid_value", message, param);
    }

    static RealtimeError invalidType(String param, String expected, Object actual) {
        String got = actual instanceof String ? (String) actual
                : Json.describeType((com.fasterxml.jackson.databind.JsonNode) actual);
        return new RealtimeError(INVALID_REQUEST, "invalid_type",
                "Invalid type for '" + param + "': expected " + expected + ", but got " + got + " instead.", param);
    }

    static RealtimeError unknownParameter(String param) {
        return new RealtimeError(INVALID_REQUEST, "unknown_parameter", "Unknown parameter: '" + param + "'.", param);
    }

    static RealtimeError missingParameter(String param) {
        return new RealtimeError(INVALID_REQUEST, "missing_required_parameter",
                "Missing required parameter: '" + param + "'.", param);
    }

    static RealtimeError belowMinimum(String param, Number minimum, Number actual) {
        return new RealtimeError(INVALID_REQUEST, "integer_below_min_value",
                "Invalid '" + param + "': integer below minimum value. Expected a value >= " + minimum + ", but got "
                        + actual + " instead.", param);
    }

    static RealtimeError aboveMaximum(String param, Number maximum, Number actual) {
        return new RealtimeError(INVALID_REQUEST, "integer_above_max_value",
                "Invalid '" + param + "': integer above maximum value. Expected a value <= " + maximum + ", but got "
                        + actual + " instead.", param);
    }

    static RealtimeError numberOutOfRange(String param, double min, double max, double actual) {
        return new RealtimeError(INVALID_REQUEST, "decimal_out_of_range",
                String.format(Locale.ROOT, "Invalid '%s': expected a number between %s and %s, but got %s instead.",
                        param, trim(min), trim(max), trim(actual)), param);
    }

    static RealtimeError commitEmpty(double bufferedMs) {
        return new RealtimeError(INVALID_REQUEST, "input_audio_buffer_commit_empty", String.format(Locale.ROOT,
                "Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer "
                        + "only has %.2fms of audio.", bufferedMs), null);
    }

    static RealtimeError activeResponse(String responseId) {
        return new RealtimeError(INVALID_REQUEST, "conversation_already_has_active_response",
                "Conversation already has an active response in progress: " + responseId
                        + ". Wait until the response is finished before creating a new response.", null);
    }

    static RealtimeError cancelNotActive() {
        return new RealtimeError(INVALID_REQUEST, "response_cancel_not_active",
                "Cancellation failed: no active response found", null);
    }

    static RealtimeError itemNotFound(String action, String itemId, String param) {
        return new RealtimeError(INVALID_REQUEST, "item_not_found",
                "Error " + action + ": the item with id '" + itemId + "' does not exist.", param);
    }

    static RealtimeError truncateTooLong(long audioMs, long requestedMs) {
        return new RealtimeError(INVALID_REQUEST, "invalid_value",
                "Audio content of " + audioMs + "ms is already shorter than " + requestedMs + "ms", "audio_end_ms");
    }

    static RealtimeError truncateNotAudio() {
        return new RealtimeError(INVALID_REQUEST, "unsupported_content_type",
                "Only model output audio messages can be truncated", "item_id");
    }

    static RealtimeError invalidEvent(String message) {
        return new RealtimeError(INVALID_REQUEST, "invalid_event", message, null);
    }

    static RealtimeError sessionExpired() {
        return new RealtimeError(INVALID_REQUEST, "session_expired",
                "Your session hit the maximum duration of 60 minutes.", null);
    }

    /** "'a', 'b', and 'c'" — the service's enumeration style. */
    static String quotedList(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(values.size() > 2 ? ", " : " ");
                if (i == values.size() - 1) {
                    sb.append("and ");
                }
            }
            sb.append('\'').append(values.get(i)).append('\'');
        }
        return sb.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
