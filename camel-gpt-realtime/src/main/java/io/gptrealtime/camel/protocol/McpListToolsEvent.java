package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the {@code mcp_list_tools.*} events, which follow the import of an MCP server's tool list.
 */
public abstract class McpListToolsEvent extends ServerEvent {

    @JsonProperty("item_id")
    private String itemId;

    protected McpListToolsEvent() {
    }

    /** The mcp_list_tools item. */
    public String getItemId() {
        return itemId;
    }

    public McpListToolsEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
    }
}
