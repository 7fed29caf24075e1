package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Cuts the audio of an assistant message at what the user actually heard ({@code conversation.item.truncate}), after a
 * barge-in over a WebSocket; the server-side transcript of the item is removed too. {@code audio_end_ms} must not
 * exceed the audio the item has; truncating an item without audio is an error.
 */
public final class ConversationItemTruncateEvent extends ClientEvent {

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("content_index")
    private Integer contentIndex;

    @JsonProperty("audio_end_ms")
    private Integer audioEndMs;

    public ConversationItemTruncateEvent() {
    }

    /** Truncates {@code itemId} after {@code audioEndMs} milliseconds of part {@code contentIndex}. */
    public ConversationItemTruncateEvent(String itemId, int contentIndex, int audioEndMs) {
        this.itemId = itemId;
        this.contentIndex = contentIndex;
        this.audioEndMs = audioEndMs;
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_TRUNCATE;
    }

    /** The assistant message item. */
    public String getItemId() {
        return itemId;
    }

    public ConversationItemTruncateEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    /** The content part with the audio; normally 0. */
    public Integer getContentIndex() {
        return contentIndex;
    }

    public ConversationItemTruncateEvent setContentIndex(Integer contentIndex) {
        this.contentIndex = contentIndex;
        return this;
    }

    /** Audio played, in ms from the start of the item audio (inclusive). */
    public Integer getAudioEndMs() {
        return audioEndMs;
    }

    public ConversationItemTruncateEvent setAudioEndMs(Integer audioEndMs) {
        this.audioEndMs = audioEndMs;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
        d.add("content_index", contentIndex);
        d.add("audio_end_ms", audioEndMs);
    }
}
