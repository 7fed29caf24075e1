package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The answer to {@code conversation.item.retrieve} ({@code conversation.item.retrieved}), audio included.
 */
public final class ConversationItemRetrievedEvent extends ServerEvent {

    @JsonProperty("item")
    private ConversationItem item;

    public ConversationItemRetrievedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_RETRIEVED;
    }

    public ConversationItem getItem() {
        return item;
    }

    public ConversationItemRetrievedEvent setItem(ConversationItem item) {
        this.item = item;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item", item);
    }
}
