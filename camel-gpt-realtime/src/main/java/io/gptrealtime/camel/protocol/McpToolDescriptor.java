package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A tool offered by an MCP server, as listed in an {@code mcp_list_tools} item.
 */
public final class McpToolDescriptor extends JsonExtensible {

    @JsonProperty("name")
    private String name;

    @JsonProperty("description")
    private String description;

    @JsonProperty("input_schema")
    private JsonNode inputSchema;

    @JsonProperty("annotations")
    private JsonNode annotations;

    public McpToolDescriptor() {
    }

    public String getName() {
        return name;
    }

    public McpToolDescriptor setName(String name) {
        this.name = name;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public McpToolDescriptor setDescription(String description) {
        this.description = description;
        return this;
    }

    /** JSON Schema of the tool arguments. */
    public JsonNode getInputSchema() {
        return inputSchema;
    }

    public McpToolDescriptor setInputSchema(JsonNode inputSchema) {
        this.inputSchema = inputSchema;
        return this;
    }

    /** MCP annotations such as {@code readOnlyHint}. */
    public JsonNode getAnnotations() {
        return annotations;
    }

    public McpToolDescriptor setAnnotations(JsonNode annotations) {
        this.annotations = annotations;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("name", name);
        d.add("description", description);
    }
}
