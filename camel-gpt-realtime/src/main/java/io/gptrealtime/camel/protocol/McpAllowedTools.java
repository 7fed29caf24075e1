package io.gptrealtime.camel.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * Which tools of an MCP server the model may use ({@code allowed_tools}): a list of names, or a {@link McpToolFilter}.
 */
public final class McpAllowedTools extends JsonUnion {

    private McpAllowedTools(JsonNode json) {
        super(json);
    }

    /** Only the named tools. */
    public static McpAllowedTools names(List<String> toolNames) {
        ArrayNode names = objectNode().arrayNode();
        toolNames.forEach(names::add);
        return new McpAllowedTools(names);
    }

    /** Only the named tools. */
    public static McpAllowedTools names(String... toolNames) {
        return names(List.of(toolNames));
    }

    /** The tools matching a filter. */
    public static McpAllowedTools filter(McpToolFilter filter) {
        return new McpAllowedTools(RealtimeJson.mapper().valueToTree(filter));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static McpAllowedTools fromJson(JsonNode json) {
        return new McpAllowedTools(json);
    }

    /** The names of the list form, or null for the filter form. */
    public List<String> getToolNames() {
        if (!json().isArray()) {
            return null;
        }
        List<String> names = new ArrayList<>(json().size());
        json().forEach(n -> names.add(n.asText()));
        return names;
    }

    /** The filter form, or null for the list form. */
    public McpToolFilter getFilter() {
        if (!json().isObject()) {
            return null;
        }
        try {
            return RealtimeJson.mapper().treeToValue(json(), McpToolFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("allowed_tools filter cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
