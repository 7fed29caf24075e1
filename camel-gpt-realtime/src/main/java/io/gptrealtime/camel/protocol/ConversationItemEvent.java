package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.Tristate;

/**
 * Base of the events that place an item in the conversation: {@code conversation.item.added}, {@code .done} and
 * {@code .created}, each with the item and its predecessor.
 */
public abstract class ConversationItemEvent extends ServerEvent {

    @JsonProperty("previous_item_id")
    private Tristate<String> previousItemId;

    @JsonProperty("item")
    private ConversationItem item;

    protected ConversationItemEvent() {
    }

    /**
     * The item before this one, or null when absent or when the item is first in the conversation (see
     * {@link #isAtConversationStart()}).
     */
    public String getPreviousItemId() {
        return Tristate.valueOf(previousItemId);
    }

    /** Sets the preceding item; null removes the field (nothing said about the position). */
    public ConversationItemEvent setPreviousItemId(String previousItemId) {
        this.previousItemId = previousItemId == null ? null : Tristate.of(previousItemId);
        return this;
    }

    /**
     * True when {@code previous_item_id} is an explicit null: the item is first in the conversation (an insert at
     * {@code root} is reported this way). An absent field says nothing about the position.
     */
    public boolean isAtConversationStart() {
        return Tristate.isExplicitNull(previousItemId);
    }

    /** Marks the item as first in the conversation ({@code previous_item_id: null}). */
    public ConversationItemEvent setAtConversationStart() {
        this.previousItemId = Tristate.ofNull();
        return this;
    }

    public ConversationItem getItem() {
        return item;
    }

    public ConversationItemEvent setItem(ConversationItem item) {
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
