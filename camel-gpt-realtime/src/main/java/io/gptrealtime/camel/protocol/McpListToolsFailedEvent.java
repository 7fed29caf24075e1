package io.gptrealtime.camel.protocol;

/**
 * An MCP server's tools could not be imported ({@code mcp_list_tools.failed}).
 */
public final class McpListToolsFailedEvent extends McpListToolsEvent {

    public McpListToolsFailedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.MCP_LIST_TOOLS_FAILED;
    }
}
