package io.gptrealtime.camel.protocol.json;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Base of values that the protocol lets be "a string or an object" ({@code tool_choice}, {@code voice},
 * {@code truncation}, {@code tracing}, {@code max_output_tokens}, ...). The JSON node itself is the state: typed
 * accessors read it, and whatever the server sends, including shapes this version does not know, is written back
 * unchanged. Instances are immutable.
 */
public abstract class JsonUnion {

    private final JsonNode json;

    protected JsonUnion(JsonNode json) {
        this.json = Objects.requireNonNull(json, "json").deepCopy();
    }

    /** The node Jackson writes; shared, so it must never be handed out for modification. */
    @JsonValue
    protected final JsonNode json() {
        return json;
    }

    /** A copy of the JSON value. */
    public JsonNode toJson() {
        return json.deepCopy();
    }

    /** True when the value is the JSON string {@code text}. */
    protected final boolean isText(String text) {
        return json.isTextual() && json.asText().equals(text);
    }

    /** The string value, or null when the value is an object or a number. */
    protected final String text() {
        return json.isTextual() ? json.asText() : null;
    }

    /** A text field of the object form, or null. */
    protected final String textField(String name) {
        JsonNode value = json.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    protected static TextNode textNode(String text) {
        return TextNode.valueOf(Objects.requireNonNull(text, "text"));
    }

    protected static ObjectNode objectNode() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && json.equals(((JsonUnion) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
