package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Asks for an item as the service holds it ({@code conversation.item.retrieve}), audio included after noise reduction
 * and VAD; answered with {@code conversation.item.retrieved}.
 */
public final class ConversationItemRetrieveEvent extends ClientEvent {

    @JsonProperty("item_id")
    private String itemId;

    public ConversationItemRetrieveEvent() {
    }

    /** Retrieves the item {@code itemId}. */
    public ConversationItemRetrieveEvent(String itemId) {
        this.itemId = itemId;
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_RETRIEVE;
    }

    public String getItemId() {
        return itemId;
    }

    public ConversationItemRetrieveEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
    }
}
