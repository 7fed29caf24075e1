package io.gptrealtime.camel.protocol;

/**
 * An item was created ({@code conversation.item.created}): the beta-era event, still in the GA union. GA clients should
 * rely on {@code conversation.item.added} and {@code .done}.
 */
public final class ConversationItemCreatedEvent extends ConversationItemEvent {

    public ConversationItemCreatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_CREATED;
    }
}
