package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Path-aware checks of client JSON, each throwing the {@link RealtimeError} the service would send (param = the
 * dotted path, e.g. {@code session.audio.input.turn_detection.threshold}).
 */
final class Validation {

    private Validation() {
    }

    static void object(JsonNode node, String path) throws RealtimeError {
        if (node == null || !node.isObject()) {
            throw RealtimeError.invalidType(path, "an object", node);
        }
    }

    static void onlyFields(JsonNode node, String path, Set<String> allowed) throws RealtimeError {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw RealtimeError.unknownParameter(path + "." + name);
            }
        }
    }

    static JsonNode required(JsonNode parent, String field, String path) throws RealtimeError {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw RealtimeError.missingParameter(path + "." + field);
        }
        return value;
    }

    static String string(JsonNode node, String path) throws RealtimeError {
        if (node == null || !node.isTextual()) {
            throw RealtimeError.invalidType(path, "a string", node);
        }
        return node.asText();
    }

    static boolean bool(JsonNode node, String path) throws RealtimeError {
        if (node == null || !node.isBoolean()) {
            throw RealtimeError.invalidType(path, "a boolean", node);
        }
        return node.asBoolean();
    }

    static long integer(JsonNode node, String path, long min, long max) throws RealtimeError {
        if (node == null || !node.isIntegralNumber()) {
            throw RealtimeError.invalidType(path, "an integer", node);
        }
        long v = node.asLong();
        if (v < min) {
            throw RealtimeError.belowMinimum(path, min, v);
        }
        if (v > max) {
            throw RealtimeError.aboveMaximum(path, max, v);
        }
        return v;
    }

    static double number(JsonNode node, String path, double min, double max) throws RealtimeError {
        if (node == null || !node.isNumber()) {
            throw RealtimeError.invalidType(path, "a number", node);
        }
        double v = node.asDouble();
        if (v < min || v > max) {
            throw RealtimeError.numberOutOfRange(path, min, max, v);
        }
        return v;
    }

    static String oneOf(JsonNode node, String path, List<String> supported) throws RealtimeError {
        String value = string(node, path);
        if (!supported.contains(value)) {
            throw RealtimeError.invalidValue(value, supported, path);
        }
        return value;
    }

    static void array(JsonNode node, String path) throws RealtimeError {
        if (node == null || !node.isArray()) {
            throw RealtimeError.invalidType(path, "an array", node);
        }
    }
}
