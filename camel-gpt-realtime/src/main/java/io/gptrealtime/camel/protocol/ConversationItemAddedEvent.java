package io.gptrealtime.camel.protocol;

/**
 * An item entered the conversation ({@code conversation.item.added}). Model output arrives empty with status
 * {@code in_progress}; audio bytes are never included.
 */
public final class ConversationItemAddedEvent extends ConversationItemEvent {

    public ConversationItemAddedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_ADDED;
    }
}
