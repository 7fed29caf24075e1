package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Removes an item from the conversation ({@code conversation.item.delete}); answered with
 * {@code conversation.item.deleted}, or an error when the item does not exist.
 */
public final class ConversationItemDeleteEvent extends ClientEvent {

    @JsonProperty("item_id")
    private String itemId;

    public ConversationItemDeleteEvent() {
    }

    /** Deletes the item {@code itemId}. */
    public ConversationItemDeleteEvent(String itemId) {
        this.itemId = itemId;
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_DELETE;
    }

    public String getItemId() {
        return itemId;
    }

    public ConversationItemDeleteEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
    }
}
