package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gptrealtime.camel.protocol.json.JsonUnion;

/**
 * Which MCP tool calls need the client's approval ({@code require_approval}): {@code always}, {@code never}, or per
 * tool through two filters. An approval request arrives as an {@code mcp_approval_request} item and is answered with
 * {@link ConversationItem#mcpApprovalResponse(String, boolean)}.
 */
public final class McpApprovalPolicy extends JsonUnion {

    public static final String ALWAYS = "always";
    public static final String NEVER = "never";

    private McpApprovalPolicy(JsonNode json) {
        super(json);
    }

    public static McpApprovalPolicy always() {
        return new McpApprovalPolicy(textNode(ALWAYS));
    }

    public static McpApprovalPolicy never() {
        return new McpApprovalPolicy(textNode(NEVER));
    }

    /**
     * Approval for the tools matching {@code always}, none for those matching {@code never}.
     *
     * @param always null for none
     * @param never  null for none
     */
    public static McpApprovalPolicy filters(McpToolFilter always, McpToolFilter never) {
        ObjectNode node = objectNode();
        if (always != null) {
            node.set(ALWAYS, RealtimeJson.mapper().valueToTree(always));
        }
        if (never != null) {
            node.set(NEVER, RealtimeJson.mapper().valueToTree(never));
        }
        return new McpApprovalPolicy(node);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static McpApprovalPolicy fromJson(JsonNode json) {
        return new McpApprovalPolicy(json);
    }

    /** {@link #ALWAYS} or {@link #NEVER}, or null for the filter form. */
    public String getMode() {
        return text();
    }

    /** The filter of tools that need approval, or null. */
    public McpToolFilter getAlways() {
        return filter(ALWAYS);
    }

    /** The filter of tools that need no approval, or null. */
    public McpToolFilter getNever() {
        return filter(NEVER);
    }

    private McpToolFilter filter(String name) {
        JsonNode node = json().get(name);
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            return RealtimeJson.mapper().treeToValue(node, McpToolFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("require_approval." + name + " cannot be read: " + e.getOriginalMessage(),
                    e);
        }
    }
}
