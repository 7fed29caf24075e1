package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A function call: {@code response.output_item.added} (function_call item, empty arguments),
 * {@code conversation.item.added}, {@code response.function_call_arguments.delta} per 16 characters,
 * {@code response.function_call_arguments.done} (with {@code name} and {@code call_id}),
 * {@code response.output_item.done}, {@code conversation.item.done}.
 */
final class FunctionCallStream extends OutputItemStream {

    private static final int SLICE = 16;

    private final String name;
    private final String callId;
    private final String arguments;
    private final List<String> slices;
    private final StringBuilder sent = new StringBuilder();
    /** Owner: Event loop of the session. */
    private int next;

    FunctionCallStream(ResponseHost host, ResponsePlan plan, int outputIndex, double baseMs,
                       ReplyItem.FunctionCall call) {
        super(host, plan, outputIndex, baseMs, newItem(host.ids().item(), call.name(),
                call.callId() != null ? call.callId() : host.ids().call()));
        this.name = call.name();
        this.callId = item.path("call_id").asText();
        this.arguments = call.arguments();
        this.slices = TextChunks.slices(arguments, SLICE);
    }

    private static ObjectNode newItem(String id, String name, String callId) {
        ObjectNode item = Json.object();
        item.put("id", id);
        item.put("object", "realtime.item");
        item.put("type", "function_call");
        item.put("status", "in_progress");
        item.put("name", name);
        item.put("call_id", callId);
        item.put("arguments", "");
        return item;
    }

    @Override
    double nextDueMs() {
        return baseMs + (state == State.PENDING ? 0 : next * TEXT_DELTA_MS);
    }

    @Override
    double mediaMs() {
        return slices.size() * (double) TEXT_DELTA_MS;
    }

    @Override
    void step() {
        switch (state) {
            case PENDING:
                openItem();
                break;
            case OPEN:
                if (next < slices.size()) {
                    String slice = slices.get(next++);
                    sent.append(slice);
                    host.send(host.events().functionArgumentsDelta(plan.responseId, itemId, outputIndex, callId,
                            slice));
                } else {
                    host.send(host.events().functionArgumentsDone(plan.responseId, itemId, outputIndex, callId, name,
                            arguments));
                    item.put("arguments", arguments);
                    closeItem("completed");
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
            closeItem("incomplete");
        }
    }

    @Override
    long producedChars() {
        return name.length() + sent.length();
    }
}
