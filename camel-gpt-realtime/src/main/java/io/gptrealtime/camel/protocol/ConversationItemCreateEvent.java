package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Adds an item to the conversation ({@code conversation.item.create}): appended when {@code previous_item_id} is unset,
 * first with {@link #ROOT}, else after the given item. The service answers {@code conversation.item.added} then
 * {@code conversation.item.done}. It cannot create assistant audio.
 */
public final class ConversationItemCreateEvent extends ClientEvent {

    /** {@code previous_item_id} value that inserts the item at the start of the conversation. */
    public static final String ROOT = "root";

    @JsonProperty("previous_item_id")
    private String previousItemId;

    @JsonProperty("item")
    private ConversationItem item;

    public ConversationItemCreateEvent() {
    }

    /** Appends {@code item} to the conversation. */
    public ConversationItemCreateEvent(ConversationItem item) {
        this.item = item;
    }

    /** Inserts {@code item} after {@code previousItemId} ({@link #ROOT} for first). */
    public ConversationItemCreateEvent(ConversationItem item, String previousItemId) {
        this.item = item;
        this.previousItemId = previousItemId;
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_CREATE;
    }

    public String getPreviousItemId() {
        return previousItemId;
    }

    public ConversationItemCreateEvent setPreviousItemId(String previousItemId) {
        this.previousItemId = previousItemId;
        return this;
    }

    public ConversationItem getItem() {
        return item;
    }

    public ConversationItemCreateEvent setItem(ConversationItem item) {
        this.item = item;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("previous_item_id", previousItemId);
        d.add("item", item);
    }
}
