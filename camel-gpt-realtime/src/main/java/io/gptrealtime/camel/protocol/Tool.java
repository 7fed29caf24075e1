package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A tool the model may use, in {@code tools} of a session or a response: a {@link FunctionTool} the client runs, an
 * {@link McpTool} the service runs, or an {@link UnknownTool} of a type this version does not model.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
              visible = true, defaultImpl = UnknownTool.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = FunctionTool.class, name = Tool.FUNCTION),
        @JsonSubTypes.Type(value = McpTool.class, name = Tool.MCP) })
public abstract class Tool extends JsonExtensible {

    public static final String FUNCTION = "function";
    public static final String MCP = "mcp";

    @JsonProperty("type")
    private String type;

    protected Tool(String type) {
        this.type = type;
    }

    /** {@link #FUNCTION}, {@link #MCP}, or the type of an {@link UnknownTool}. */
    public String getType() {
        return type;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
    }
}
