package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports the tool lists of the MCP servers a session's {@code tools} name, once per server label, after the
 * session.update that added them: {@code mcp_list_tools.in_progress}, {@code conversation.item.added} of an
 * {@code mcp_list_tools} item, then {@code mcp_list_tools.completed} and {@code conversation.item.done} with the
 * tools (or {@code mcp_list_tools.failed} for a server the scenario does not know). Owned by the session's event
 * loop.
 */
final class McpToolImport {

    private final ResponseHost host;
    private final List<McpServer> servers;
    /** Owner: Event loop of the session. Labels already imported (or failed) in this session. */
    private final Set<String> imported = new HashSet<>();

    McpToolImport(ResponseHost host, List<McpServer> servers) {
        this.host = host;
        this.servers = servers;
    }

    /** Called after each session.updated with the effective session's {@code tools}. */
    void afterUpdate(JsonNode tools) {
        if (tools == null || !tools.isArray()) {
            return;
        }
        for (JsonNode tool : tools) {
            if (!"mcp".equals(tool.path("type").asText())) {
                continue;
            }
            String label = tool.path("server_label").asText();
            if (imported.add(label)) {
                importList(label, allowedNames(tool.get("allowed_tools")));
            }
        }
    }

    private void importList(String label, List<String> allowed) {
        McpServer server = null;
        for (McpServer s : servers) {
            if (s.label().equals(label)) {
                server = s;
            }
        }
        String itemId = host.ids().next("mcpl");
        ObjectNode item = Json.object();
        item.put("id", itemId);
        item.put("object", "realtime.item");
        item.put("type", "mcp_list_tools");
        item.put("server_label", label);
        item.putArray("tools");
        host.send(host.events().mcpListToolsInProgress(itemId));
        Conversation conversation = host.conversation();
        String previous = conversation.insert(new ConversationItem(itemId, item), null);
        host.send(host.events().itemAdded(previous, item.deepCopy()));
        if (server == null) {
            host.send(host.events().mcpListToolsFailed(itemId));
        } else {
            item.set("tools", server.toolsJson(allowed));
            host.send(host.events().mcpListToolsCompleted(itemId));
        }
        host.send(host.events().itemDone(conversation.previousOf(itemId), item.deepCopy()));
    }

    /** {@code allowed_tools} as a list of names (array form, or the filter's tool_names), or null for all. */
    private static List<String> allowedNames(JsonNode allowed) {
        if (allowed == null || allowed.isNull()) {
            return null;
        }
        JsonNode names = allowed.isArray() ? allowed : allowed.get("tool_names");
        if (names == null || !names.isArray()) {
            return null;
        }
        List<String> list = new ArrayList<>();
        names.forEach(n -> list.add(n.asText()));
        return list;
    }
}
