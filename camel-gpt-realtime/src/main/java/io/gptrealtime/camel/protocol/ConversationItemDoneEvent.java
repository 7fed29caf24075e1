package io.gptrealtime.camel.protocol;

/**
 * An item is final ({@code conversation.item.done}); audio bytes are still left out.
 */
public final class ConversationItemDoneEvent extends ConversationItemEvent {

    public ConversationItemDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_DONE;
    }
}
