package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * An item was removed from the conversation ({@code conversation.item.deleted}).
 */
public final class ConversationItemDeletedEvent extends ServerEvent {

    @JsonProperty("item_id")
    private String itemId;

    public ConversationItemDeletedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_DELETED;
    }

    public String getItemId() {
        return itemId;
    }

    public ConversationItemDeletedEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
    }
}
