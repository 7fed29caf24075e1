package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * An assistant item was truncated ({@code conversation.item.truncated}).
 */
public final class ConversationItemTruncatedEvent extends ServerEvent {

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("content_index")
    private Integer contentIndex;

    @JsonProperty("audio_end_ms")
    private Integer audioEndMs;

    public ConversationItemTruncatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.CONVERSATION_ITEM_TRUNCATED;
    }

    public String getItemId() {
        return itemId;
    }

    public ConversationItemTruncatedEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    public Integer getContentIndex() {
        return contentIndex;
    }

    public ConversationItemTruncatedEvent setContentIndex(Integer contentIndex) {
        this.contentIndex = contentIndex;
        return this;
    }

    public Integer getAudioEndMs() {
        return audioEndMs;
    }

    public ConversationItemTruncatedEvent setAudioEndMs(Integer audioEndMs) {
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
