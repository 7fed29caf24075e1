package io.gptrealtime.camel.protocol;

/**
 * The service is fetching an MCP server's tools ({@code mcp_list_tools.in_progress}); they cannot be called yet.
 */
public final class McpListToolsInProgressEvent extends McpListToolsEvent {

    public McpListToolsInProgressEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.MCP_LIST_TOOLS_IN_PROGRESS;
    }
}
