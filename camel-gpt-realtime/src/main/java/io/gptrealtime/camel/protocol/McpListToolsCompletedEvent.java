package io.gptrealtime.camel.protocol;

/**
 * An MCP server's tools are imported ({@code mcp_list_tools.completed}).
 */
public final class McpListToolsCompletedEvent extends McpListToolsEvent {

    public McpListToolsCompletedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.MCP_LIST_TOOLS_COMPLETED;
    }
}
