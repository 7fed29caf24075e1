package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the input transcription events, which run asynchronously and may arrive before or after the response events.
 */
public abstract class InputAudioTranscriptionEvent extends ServerEvent {

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("content_index")
    private Integer contentIndex;

    protected InputAudioTranscriptionEvent() {
    }

    /** The user item being transcribed. */
    public String getItemId() {
        return itemId;
    }

    public InputAudioTranscriptionEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    public Integer getContentIndex() {
        return contentIndex;
    }

    public InputAudioTranscriptionEvent setContentIndex(Integer contentIndex) {
        this.contentIndex = contentIndex;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("item_id", itemId);
        d.add("content_index", contentIndex);
    }
}
