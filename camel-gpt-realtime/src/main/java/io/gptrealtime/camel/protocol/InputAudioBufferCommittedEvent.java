package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.Tristate;

/**
 * The input buffer was committed as a user item ({@code input_audio_buffer.committed}), by the client or by VAD.
 */
public final class InputAudioBufferCommittedEvent extends ServerEvent {

    @JsonProperty("previous_item_id")
    private Tristate<String> previousItemId;

    @JsonProperty("item_id")
    private String itemId;

    public InputAudioBufferCommittedEvent() {
    }

    /**
     * The item before this one, or null when absent or when the item is first in the conversation (see
     * {@link #isAtConversationStart()}).
     */
    public String getPreviousItemId() {
        return Tristate.valueOf(previousItemId);
    }

    /** Sets the preceding item; null removes the field (nothing said about the position). */
    public InputAudioBufferCommittedEvent setPreviousItemId(String previousItemId) {
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
    public InputAudioBufferCommittedEvent setAtConversationStart() {
        this.previousItemId = Tristate.ofNull();
        return this;
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_COMMITTED;
    }

    /** The user item about to be created. */
    public String getItemId() {
        return itemId;
    }

    public InputAudioBufferCommittedEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("previous_item_id", previousItemId);
        d.add("item_id", itemId);
    }
}
