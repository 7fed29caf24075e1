package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A piece of the arguments of an MCP tool call ({@code response.mcp_call_arguments.delta}).
 */
public final class ResponseMcpCallArgumentsDeltaEvent extends ResponseMcpCallArgumentsEvent {

    @JsonProperty("delta")
    private String delta;

    @JsonProperty("obfuscation")
    private String obfuscation;

    public ResponseMcpCallArgumentsDeltaEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_MCP_CALL_ARGUMENTS_DELTA;
    }

    public String getDelta() {
        return delta;
    }

    public ResponseMcpCallArgumentsDeltaEvent setDelta(String delta) {
        this.delta = delta;
        return this;
    }

    /** Padding against length side channels; ignore it. */
    public String getObfuscation() {
        return obfuscation;
    }

    public ResponseMcpCallArgumentsDeltaEvent setObfuscation(String obfuscation) {
        this.obfuscation = obfuscation;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
    }
}
