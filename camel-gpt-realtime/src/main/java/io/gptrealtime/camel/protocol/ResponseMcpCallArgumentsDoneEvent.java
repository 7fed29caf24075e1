package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The arguments of an MCP tool call are complete ({@code response.mcp_call_arguments.done}).
 */
public final class ResponseMcpCallArgumentsDoneEvent extends ResponseMcpCallArgumentsEvent {

    @JsonProperty("arguments")
    private String arguments;

    public ResponseMcpCallArgumentsDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_MCP_CALL_ARGUMENTS_DONE;
    }

    public String getArguments() {
        return arguments;
    }

    public ResponseMcpCallArgumentsDoneEvent setArguments(String arguments) {
        this.arguments = arguments;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("arguments", arguments);
    }
}
