package io.gptrealtime.camel.protocol;

/**
 * An MCP tool call started ({@code response.mcp_call.in_progress}).
 */
public final class ResponseMcpCallInProgressEvent extends ResponseMcpCallEvent {

    public ResponseMcpCallInProgressEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_MCP_CALL_IN_PROGRESS;
    }
}
