package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the events that stream the arguments of an MCP tool call.
 */
public abstract class ResponseMcpCallArgumentsEvent extends ServerEvent {

    @JsonProperty("response_id")
    private String responseId;

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("output_index")
    private Integer outputIndex;

    protected ResponseMcpCallArgumentsEvent() {
    }

    public String getResponseId() {
        return responseId;
    }

    public ResponseMcpCallArgumentsEvent setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    /** The mcp_call item. */
    public String getItemId() {
        return itemId;
    }

    public ResponseMcpCallArgumentsEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    public Integer getOutputIndex() {
        return outputIndex;
    }

    public ResponseMcpCallArgumentsEvent setOutputIndex(Integer outputIndex) {
        this.outputIndex = outputIndex;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response_id", responseId);
        d.add("item_id", itemId);
        d.add("output_index", outputIndex);
    }
}
