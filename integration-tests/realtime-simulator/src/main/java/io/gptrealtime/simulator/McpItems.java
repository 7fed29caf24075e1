package io.gptrealtime.simulator;

/** Helpers shared by the MCP output item streams. Stateless; called on the session's event loop. */
final class McpItems {

    private McpItems() {
    }

    /**
     * Closes an MCP item: {@code response.output_item.done} and {@code conversation.item.done}. Unlike messages and
     * function calls, the MCP item schemas have no {@code status}, so none is added.
     */
    static void close(OutputItemStream stream) {
        stream.host.send(stream.host.events().outputItemDone(stream.plan.responseId, stream.outputIndex,
                stream.item.deepCopy()));
        if (stream.plan.inConversation && stream.host.conversation().contains(stream.itemId)) {
            stream.host.send(stream.host.events().itemDone(stream.host.conversation().previousOf(stream.itemId),
                    stream.item.deepCopy()));
        }
        stream.state = OutputItemStream.State.CLOSED;
    }

    /**
     * The id of the latest approved {@code mcp_approval_request} for this server and tool that no {@code mcp_call}
     * used yet, or null.
     */
    static String approvalFor(Conversation conversation, String serverLabel, String name) {
        java.util.List<ConversationItem> items = conversation.items();
        for (int i = items.size() - 1; i >= 0; i--) {
            ConversationItem answer = items.get(i);
            if (!"mcp_approval_response".equals(answer.type()) || !answer.json().path("approve").asBoolean()) {
                continue;
            }
            String requestId = answer.json().path("approval_request_id").asText();
            ConversationItem request = conversation.get(requestId);
            if (request != null && "mcp_approval_request".equals(request.type())
                    && serverLabel.equals(request.json().path("server_label").asText())
                    && name.equals(request.json().path("name").asText()) && !usedByACall(conversation, requestId)) {
                return requestId;
            }
        }
        return null;
    }

    private static boolean usedByACall(Conversation conversation, String requestId) {
        for (ConversationItem item : conversation.items()) {
            if ("mcp_call".equals(item.type())
                    && requestId.equals(item.json().path("approval_request_id").asText(null))) {
                return true;
            }
        }
        return false;
    }
}
