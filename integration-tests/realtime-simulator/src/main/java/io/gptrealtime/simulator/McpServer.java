package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A remote MCP server as the simulated service sees it: its label and the tools it lists. When a session.update
 * adds an {@code mcp} tool with this label the simulator imports the list ({@code mcp_list_tools.in_progress}, an
 * {@code mcp_list_tools} item, {@code mcp_list_tools.completed}); a label the scenario does not know fails the import
 * ({@code mcp_list_tools.failed}). Immutable.
 */
public final class McpServer {

    private final String label;
    private final List<Tool> tools;

    private McpServer(String label, List<Tool> tools) {
        this.label = label;
        this.tools = List.copyOf(tools);
    }

    /** A server with no tools yet; add them with {@link #tool}. */
    public static McpServer of(String label) {
        return new McpServer(Objects.requireNonNull(label, "label"), List.of());
    }

    /** A copy with one more tool; {@code inputSchemaJson} is the JSON schema object of its input. */
    public McpServer tool(String name, String description, String inputSchemaJson) {
        JsonNode schema = Json.parseOrNull(inputSchemaJson);
        if (schema == null || !schema.isObject()) {
            throw new IllegalArgumentException("input schema of MCP tool " + name + " must be a JSON object");
        }
        List<Tool> more = new ArrayList<>(tools);
        more.add(new Tool(Objects.requireNonNull(name, "name"), description, (ObjectNode) schema));
        return new McpServer(label, more);
    }

    public String label() {
        return label;
    }

    /** The tool names, in order. */
    public List<String> toolNames() {
        return tools.stream().map(t -> t.name).toList();
    }

    /** The {@code tools} of the mcp_list_tools item, filtered by the tool's {@code allowed_tools} list (null: all). */
    ArrayNode toolsJson(List<String> allowed) {
        ArrayNode array = Json.array();
        for (Tool t : tools) {
            if (allowed != null && !allowed.contains(t.name)) {
                continue;
            }
            ObjectNode o = array.addObject();
            o.put("name", t.name);
            if (t.description == null) {
                o.putNull("description");
            } else {
                o.put("description", t.description);
            }
            o.set("input_schema", t.inputSchema.deepCopy());
        }
        return array;
    }

    @Override
    public String toString() {
        return "McpServer[" + label + ", " + toolNames() + "]";
    }

    private static final class Tool {
        final String name;
        final String description;
        final ObjectNode inputSchema;

        Tool(String name, String description, ObjectNode inputSchema) {
            this.name = name;
            this.description = description;
            this.inputSchema = inputSchema;
        }
    }
}
