package io.gptrealtime.camel.tools;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.RealtimeJson;

/**
 * JSON Schemas of tool arguments, from endpoint options or from text. The option form covers flat argument lists:
 * {@code parameter.NAME=TYPE} (string, integer, number, boolean, array, object) plus {@code parameter.NAME.required},
 * {@code parameter.NAME.description}, {@code parameter.NAME.enum} (comma-separated) and {@code parameter.NAME.items}
 * (the item type of an array). Anything richer goes in a schema document.
 */
public final class ToolSchemas {

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "array", "object");
    private static final Set<String> ATTRIBUTES = Set.of("required", "description", "enum", "items");

    private ToolSchemas() {
    }

    /** The schema of a tool without arguments. */
    public static ObjectNode empty() {
        ObjectNode schema = RealtimeJson.mapper().createObjectNode();
        schema.put("type", "object");
        schema.putObject("properties");
        schema.put("additionalProperties", false);
        return schema;
    }

    /**
     * The schema described by {@code parameter.*} options (keys without the prefix). Parameters keep the order of
     * their names so the schema, and the session.update that carries it, is the same on every start.
     */
    public static ObjectNode fromOptions(String tool, Map<String, Object> options) {
        ObjectNode schema = empty();
        if (options == null || options.isEmpty()) {
            return schema;
        }
        Map<String, Map<String, String>> byName = new TreeMap<>();
        for (Map.Entry<String, Object> e : options.entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().toString().trim();
            int dot = key.lastIndexOf('.');
            String attribute = dot < 0 ? null : key.substring(dot + 1);
            if (attribute != null && ATTRIBUTES.contains(attribute)) {
                byName.computeIfAbsent(key.substring(0, dot), k -> new TreeMap<>()).put(attribute, value);
            } else {
                byName.computeIfAbsent(key, k -> new TreeMap<>()).put("type", value);
            }
        }
        ObjectNode properties = (ObjectNode) schema.get("properties");
        ArrayNode required = RealtimeJson.mapper().createArrayNode();
        for (Map.Entry<String, Map<String, String>> p : byName.entrySet()) {
            String name = p.getKey();
            Map<String, String> attrs = p.getValue();
            String type = attrs.get("type");
            if (type == null) {
                throw new IllegalArgumentException("Tool " + tool + ": parameter." + name + " has attributes but no"
                                                   + " type (set parameter." + name + "=string, integer, ...)");
            }
            type = checkType(tool, name, type);
            ObjectNode property = properties.putObject(name);
            property.put("type", type);
            if (attrs.containsKey("description")) {
                property.put("description", attrs.get("description"));
            }
            if (attrs.containsKey("enum")) {
                ArrayNode values = property.putArray("enum");
                for (String v : attrs.get("enum").split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.trim());
                    }
                }
            }
            if ("array".equals(type)) {
                property.putObject("items").put("type",
                        checkType(tool, name + ".items", attrs.getOrDefault("items", "string")));
            } else if (attrs.containsKey("items")) {
                throw new IllegalArgumentException("Tool " + tool + ": parameter." + name + ".items needs type array");
            }
            if (Boolean.parseBoolean(attrs.get("required"))) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /** A schema document (JSON text); it must describe an object. */
    public static JsonNode parse(String tool, String json) {
        JsonNode schema;
        try {
            schema = RealtimeJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Tool " + tool + ": the schema is not JSON: " + e.getOriginalMessage(),
                    e);
        }
        if (schema == null || !schema.isObject() || !"object".equals(schema.path("type").asText())) {
            throw new IllegalArgumentException("Tool " + tool + ": the schema must be a JSON object with"
                                               + " \"type\": \"object\"");
        }
        return schema;
    }

    private static String checkType(String tool, String name, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(t)) {
            throw new IllegalArgumentException("Tool " + tool + ": parameter." + name + " has type '" + type
                                               + "'; use one of " + new java.util.TreeSet<>(TYPES));
        }
        return t;
    }
}
