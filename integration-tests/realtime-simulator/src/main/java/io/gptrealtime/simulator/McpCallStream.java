package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A call the service makes to a remote MCP server: {@code response.output_item.added} and
 * {@code conversation.item.added} ({@code mcp_call} item, empty arguments), {@code response.mcp_call_arguments.delta}
 * per 16 characters, {@code response.mcp_call_arguments.done}, {@code response.mcp_call.in_progress}, then
 * {@code response.mcp_call.completed} (or {@code .failed}) and the done events with the output (or error). The MCP
 * events carry no {@code response_id} apart from the argument events, as in the schema. Owned by the session's event
 * loop.
 */
final class McpCallStream extends OutputItemStream {

    private static final int SLICE = 16;

    private final ReplyItem.McpCall call;
    private final List<String> slices;
    private final StringBuilder sent = new StringBuilder();
    /** Owner: Event loop of the session. */
    private int next;
    /** Owner: Event loop of the session. Arguments done, call running. */
    private boolean running;

    McpCallStream(ResponseHost host, ResponsePlan plan, int outputIndex, double baseMs, ReplyItem.McpCall call) {
        super(host, plan, outputIndex, baseMs, newItem(host.ids().next("mcp"), call));
        this.call = call;
        this.slices = TextChunks.slices(call.arguments(), SLICE);
    }

    private static ObjectNode newItem(String id, ReplyItem.McpCall call) {
        ObjectNode item = Json.object();
        item.put("id", id);
        item.put("object", "realtime.item");
        item.put("type", "mcp_call");
        item.put("server_label", call.serverLabel());
        item.put("name", call.name());
        item.put("arguments", "");
        item.putNull("approval_request_id");
        item.putNull("output");
        item.putNull("error");
        return item;
    }

    @Override
    double nextDueMs() {
        return baseMs + (state == State.PENDING ? 0 : (next + (running ? 1 : 0)) * TEXT_DELTA_MS);
    }

    @Override
    double mediaMs() {
        return (slices.size() + 1) * (double) TEXT_DELTA_MS;
    }

    @Override
    void step() {
        switch (state) {
            case PENDING:
                String approval = McpItems.approvalFor(host.conversation(), call.serverLabel(), call.name());
                if (approval != null) {
                    item.put("approval_request_id", approval);
                }
                openItem();
                break;
            case OPEN:
                if (next < slices.size()) {
                    String slice = slices.get(next++);
                    sent.append(slice);
                    host.send(host.events().mcpArgumentsDelta(plan.responseId, itemId, outputIndex, slice));
                } else if (!running) {
                    item.put("arguments", call.arguments());
                    host.send(host.events().mcpArgumentsDone(plan.responseId, itemId, outputIndex,
                            call.arguments()));
                    host.send(host.events().mcpCallInProgress(itemId, outputIndex));
                    running = true;
                } else {
                    if (call.error() == null) {
                        item.put("output", call.output());
                        host.send(host.events().mcpCallCompleted(itemId, outputIndex));
                    } else {
                        ObjectNode error = item.putObject("error");
                        error.put("type", "tool_execution_error");
                        error.put("message", call.error());
                        host.send(host.events().mcpCallFailed(itemId, outputIndex));
                    }
                    McpItems.close(this);
                }
                break;
            default:
                throw new IllegalStateException("stream already closed");
        }
    }

    @Override
    void abort() {
        if (state == State.OPEN) {
            item.put("arguments", sent.toString());
            McpItems.close(this);
        }
    }

    @Override
    long producedChars() {
        return call.name().length() + sent.length() + (call.output() != null ? call.output().length() : 0);
    }
}
