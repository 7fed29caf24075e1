package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Streams one output item of a response as the service does: opened ({@code response.output_item.added},
 * {@code conversation.item.added}, …), fed delta by delta, then closed ({@code …done} events). Each call to
 * {@link #step()} emits one group of events. {@link #abort()} closes an open item early with status
 * {@code incomplete}, sending the same done events with what was produced so far. Owned by the session's event loop.
 */
abstract class OutputItemStream {

    /** Lifecycle of the item. */
    enum State {
        PENDING,
        OPEN,
        CLOSED
    }

    /** Spacing of text and argument deltas on the media clock under real-time pacing. */
    static final long TEXT_DELTA_MS = 25;

    protected final ResponseHost host;
    protected final ResponsePlan plan;
    protected final int outputIndex;
    protected final String itemId;
    /** Where this item starts on the response's media clock (ms). */
    protected final double baseMs;
    /** The item JSON; also the conversation item's JSON once added. */
    protected final ObjectNode item;
    /** Owner: Event loop of the session. */
    protected State state = State.PENDING;

    OutputItemStream(ResponseHost host, ResponsePlan plan, int outputIndex, double baseMs, ObjectNode item) {
        this.host = host;
        this.plan = plan;
        this.outputIndex = outputIndex;
        this.baseMs = baseMs;
        this.item = item;
        this.itemId = item.path("id").asText();
    }

    State state() {
        return state;
    }

    /** When the next step is due, in ms on the response's media clock. */
    abstract double nextDueMs();

    /** Length of this item on the media clock (audio duration, or delta count × {@link #TEXT_DELTA_MS}). */
    abstract double mediaMs();

    /** Emits the next group of events; moves to CLOSED after the last. */
    abstract void step();

    /** Emits the done events for an open item with status {@code incomplete}; no-op when not open. */
    abstract void abort();

    /** Text characters produced so far (transcript, text or arguments), for usage. */
    abstract long producedChars();

    /** Audio produced so far, in ms, for usage. */
    double producedAudioMs() {
        return 0;
    }

    /** The item as listed in {@code response.done.response.output} (no audio bytes). */
    ObjectNode finalItem() {
        return item.deepCopy();
    }

    protected void openItem() {
        host.send(host.events().outputItemAdded(plan.responseId, outputIndex, item.deepCopy()));
        if (plan.inConversation) {
            Conversation conversation = host.conversation();
            ConversationItem conversationItem = new ConversationItem(itemId, item);
            onConversationItem(conversationItem);
            String previous = conversation.insert(conversationItem, null);
            host.send(host.events().itemAdded(previous, item.deepCopy()));
        }
        state = State.OPEN;
    }

    /** Lets audio items attach their clip before the item becomes visible. */
    protected void onConversationItem(ConversationItem conversationItem) {
    }

    protected void closeItem(String status) {
        item.put("status", status);
        host.send(host.events().outputItemDone(plan.responseId, outputIndex, item.deepCopy()));
        if (plan.inConversation && host.conversation().contains(itemId)) {
            host.send(host.events().itemDone(host.conversation().previousOf(itemId), item.deepCopy()));
        }
        state = State.CLOSED;
    }

    static ObjectNode newMessageItem(String id) {
        ObjectNode item = Json.object();
        item.put("id", id);
        item.put("object", "realtime.item");
        item.put("type", "message");
        item.put("status", "in_progress");
        item.put("role", "assistant");
        item.putArray("content");
        return item;
    }
}
