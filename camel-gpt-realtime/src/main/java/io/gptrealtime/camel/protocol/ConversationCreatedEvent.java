package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The default conversation was created ({@code conversation.created}), right after the session.
 */
public final class ConversationCreatedEvent extends ServerEvent {

    @JsonProperty("conversation")
    private Conversation conversation;

    public ConversationCreatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_CREATED;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public ConversationCreatedEvent setConversation(Conversation conversation) {
        this.conversation = conversation;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("conversation", conversation);
    }
}
