package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the {@code response.mcp_call.*} events, which follow an MCP tool call the service runs. They have no
 * {@code response_id}.
 */
public abstract class ResponseMcpCallEvent extends ServerEvent {

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("output_index")
    private Integer outputIndex;

    protected ResponseMcpCallEvent() {
    }

    /** The mcp_call item. */
    public String getItemId() {
        return itemId;
    }

    public ResponseMcpCallEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    public Integer getOutputIndex() {
        return outputIndex;
    }

    public ResponseMcpCallEvent setOutputIndex(Integer outputIndex) {
        this.outputIndex = outputIndex;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
        d.add("output_index", outputIndex);
    }
}
