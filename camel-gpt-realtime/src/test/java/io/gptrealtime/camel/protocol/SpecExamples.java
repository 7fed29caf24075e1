package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The example payloads ({@code x-oaiMeta.example}) and union members of the OpenAPI document, as tests need them,
 * plus the JSON comparison used for round trips.
 */
final class SpecExamples {

    /** The examples are hand-written: some have trailing commas. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Numbers compare by value: the model writes {@code "speed": 1} back as {@code 1.0}. */
    static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SpecExamples() {
    }

    /** The schema names of the members of a union schema ({@code anyOf} of {@code $ref}s). */
    static List<String> unionMembers(String unionSchema) {
        List<String> names = new ArrayList<>();
        JsonNode members = OpenApiSchemas.schemaNode(unionSchema).path("anyOf");
        if (members.isEmpty()) {
            members = OpenApiSchemas.schemaNode(unionSchema).path("oneOf");
        }
        for (JsonNode member : members) {
            String ref = member.path("$ref").asText();
            names.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return names;
    }

    /** The {@code type} an event schema declares ({@code properties.type.enum[0]}). */
    static String eventType(String schemaName) {
        return OpenApiSchemas.schemaNode(schemaName).path("properties").path("type").path("enum").path(0).asText();
    }

    /**
     * The example of {@code schemaName} as strict JSON text. One example is repaired: the DTMF example's type has a
     * leading space ({@code " input_audio_buffer.dtmf_event_received"}), a typo listed under "Known spec quirks" in
     * spec/README.md; the real service sends the type without it.
     */
    static String example(String schemaName) {
        String text = OpenApiSchemas.schemaNode(schemaName).path("x-oaiMeta").path("example").asText();
        text = text.replace("\" " + EventTypes.INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED + "\"",
                "\"" + EventTypes.INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED + "\"");
        return tree(text).toString();
    }

    static JsonNode tree(String json) {
        try {
            return LENIENT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    /**
     * A copy without null-valued object fields. For most fields an explicit null and an absent field mean the same,
     * and the model writes neither back; the fields where null means something (tri-state) are checked separately.
     */
    static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        stripNulls(copy);
        return copy;
    }

    private static void stripNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    stripNulls(field.getValue());
                }
            }
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(SpecExamples::stripNulls);
        }
    }
}
