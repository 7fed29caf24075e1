package io.gptrealtime.camel.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A stored prompt template ({@code prompt}): its id, an optional version, and variables substituted into it. Session
 * fields override overlapping fields of the prompt.
 */
public final class Prompt extends JsonExtensible {

    @JsonProperty("id")
    private String id;

    @JsonProperty("version")
    private String version;

    @JsonProperty("variables")
    private Map<String, JsonNode> variables;

    public Prompt() {
    }

    /** The prompt {@code id}, latest version. */
    public static Prompt of(String id) {
        return new Prompt().setId(id);
    }

    /** Adds a string variable. */
    public Prompt putVariable(String name, String value) {
        if (variables == null) {
            variables = new LinkedHashMap<>();
        }
        variables.put(name, TextNode.valueOf(value));
        return this;
    }

    /** e.g. {@code pmpt_123}. */
    public String getId() {
        return id;
    }

    public Prompt setId(String id) {
        this.id = id;
        return this;
    }

    public String getVersion() {
        return version;
    }

    public Prompt setVersion(String version) {
        this.version = version;
        return this;
    }

    /** Values are strings or input objects ({@code input_text}, {@code input_image}, {@code input_file}). */
    public Map<String, JsonNode> getVariables() {
        return variables;
    }

    public Prompt setVariables(Map<String, JsonNode> variables) {
        this.variables = variables;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
        d.add("version", version);
        d.add("variables", variables == null ? null : variables.keySet());
    }
}
