package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A function the model may call; the client runs it and answers with a {@code function_call_output} item. Use the
 * description to say when to call it and what to tell the user while it runs.
 */
public final class FunctionTool extends Tool {

    @JsonProperty("name")
    private String name;

    @JsonProperty("description")
    private String description;

    @JsonProperty("parameters")
    private JsonNode parameters;

    public FunctionTool() {
        super(FUNCTION);
    }

    /** A function tool. */
    public FunctionTool(String name, String description, JsonNode parameters) {
        super(FUNCTION);
        this.name = name;
        this.description = description;
        this.parameters = parameters;
    }

    /**
     * Sets the parameters schema from JSON text, as it comes from configuration.
     *
     * @throws IllegalArgumentException if the text is not JSON
     */
    public FunctionTool setParametersJson(String schemaJson) {
        try {
            this.parameters = RealtimeJson.mapper().readTree(schemaJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Tool '" + name + "': parameters are not valid JSON: "
                                               + e.getOriginalMessage(), e);
        }
        return this;
    }

    public String getName() {
        return name;
    }

    public FunctionTool setName(String name) {
        this.name = name;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public FunctionTool setDescription(String description) {
        this.description = description;
        return this;
    }

    /** JSON Schema of the arguments object. */
    public JsonNode getParameters() {
        return parameters;
    }

    public FunctionTool setParameters(JsonNode parameters) {
        this.parameters = parameters;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("name", name);
        d.add("description", description);
    }
}
