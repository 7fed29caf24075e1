package io.gptrealtime.camel.protocol;

/**
 * An MCP tool call succeeded ({@code response.mcp_call.completed}); the output is in the mcp_call item.
 */
public final class ResponseMcpCallCompletedEvent extends ResponseMcpCallEvent {

    public ResponseMcpCallCompletedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_MCP_CALL_COMPLETED;
    }
}
