package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * How the model picks tools ({@code tool_choice}): a mode ({@code auto}, {@code none}, {@code required}), one named
 * function ({@code {"type":"function","name":…}}), or an MCP server or one of its tools
 * ({@code {"type":"mcp","server_label":…,"name":…}}).
 */
public final class ToolChoice extends JsonUnion {

    public static final String AUTO = "auto";
    public static final String NONE = "none";
    public static final String REQUIRED = "required";

    private ToolChoice(JsonNode json) {
        super(json);
    }

    /** The model decides (the default). */
    public static ToolChoice auto() {
        return mode(AUTO);
    }

    /** No tools. */
    public static ToolChoice none() {
        return mode(NONE);
    }

    /** At least one tool call. */
    public static ToolChoice required() {
        return mode(REQUIRED);
    }

    /** A mode by name ({@link #AUTO}, {@link #NONE}, {@link #REQUIRED}). */
    public static ToolChoice mode(String mode) {
        return new ToolChoice(textNode(mode));
    }

    /** Forces a call to the function {@code name}. */
    public static ToolChoice function(String name) {
        return new ToolChoice(objectNode().put("type", Tool.FUNCTION).put("name", name));
    }

    /** Forces a call to some tool of the MCP server {@code serverLabel}. */
    public static ToolChoice mcp(String serverLabel) {
        return mcp(serverLabel, null);
    }

    /** Forces a call to the tool {@code name} of the MCP server {@code serverLabel}. */
    public static ToolChoice mcp(String serverLabel, String name) {
        ObjectNode node = objectNode().put("type", Tool.MCP).put("server_label", serverLabel);
        if (name != null) {
            node.put("name", name);
        }
        return new ToolChoice(node);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ToolChoice fromJson(JsonNode json) {
        return new ToolChoice(json);
    }

    /** The mode, or null when a specific tool is forced. */
    public String getMode() {
        return text();
    }

    /** {@code function} or {@code mcp} for a forced tool, else null. */
    public String getType() {
        return textField("type");
    }

    /** The forced function or MCP tool name, else null. */
    public String getName() {
        return textField("name");
    }

    /** The forced MCP server, else null. */
    public String getServerLabel() {
        return textField("server_label");
    }
}
