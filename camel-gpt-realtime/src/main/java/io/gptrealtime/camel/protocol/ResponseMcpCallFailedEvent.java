package io.gptrealtime.camel.protocol;

/**
 * An MCP tool call failed ({@code response.mcp_call.failed}); the error is in the mcp_call item.
 */
public final class ResponseMcpCallFailedEvent extends ResponseMcpCallEvent {

    public ResponseMcpCallFailedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_MCP_CALL_FAILED;
    }
}
