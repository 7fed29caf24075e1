package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An MCP approval request: {@code response.output_item.added} and {@code conversation.item.added} with the whole
 * {@code mcp_approval_request} item (it has no deltas), then {@code response.output_item.done} and
 * {@code conversation.item.done}. The item schema has no {@code status}, so none is added. Owned by the session's
 * event loop.
 */
final class McpApprovalRequestStream extends OutputItemStream {

    McpApprovalRequestStream(ResponseHost host, ResponsePlan plan, int outputIndex, double baseMs,
                             ReplyItem.McpApprovalRequest request) {
        super(host, plan, outputIndex, baseMs, newItem(host.ids().next("mcpr"), request));
    }

    private static ObjectNode newItem(String id, ReplyItem.McpApprovalRequest request) {
        ObjectNode item = Json.object();
        item.put("id", id);
        item.put("object", "realtime.item");
        item.put("type", "mcp_approval_request");
        item.put("server_label", request.serverLabel());
        item.put("name", request.name());
        item.put("arguments", request.arguments());
        return item;
    }

    @Override
    double nextDueMs() {
        return baseMs + (state == State.PENDING ? 0 : TEXT_DELTA_MS);
    }

    @Override
    double mediaMs() {
        return TEXT_DELTA_MS;
    }

    @Override
    void step() {
        switch (state) {
            case PENDING:
                openItem();
                break;
            case OPEN:
                McpItems.close(this);
                break;
            default:
                throw new IllegalStateException("stream already closed");
        }
    }

    @Override
    void abort() {
        if (state == State.OPEN) {
            McpItems.close(this);
        }
    }

    @Override
    long producedChars() {
        return item.path("name").asText().length() + item.path("arguments").asText().length();
    }
}
