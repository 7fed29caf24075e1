package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The user stayed silent for server VAD's {@code idle_timeout_ms} ({@code input_audio_buffer.timeout_triggered}): the
 * silent span is committed as a user item and a response is generated.
 */
public final class InputAudioBufferTimeoutTriggeredEvent extends ServerEvent {

    @JsonProperty("audio_start_ms")
    private Integer audioStartMs;

    @JsonProperty("audio_end_ms")
    private Integer audioEndMs;

    @JsonProperty("item_id")
    private String itemId;

    public InputAudioBufferTimeoutTriggeredEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED;
    }

    public Integer getAudioStartMs() {
        return audioStartMs;
    }

    public InputAudioBufferTimeoutTriggeredEvent setAudioStartMs(Integer audioStartMs) {
        this.audioStartMs = audioStartMs;
        return this;
    }

    public Integer getAudioEndMs() {
        return audioEndMs;
    }

    public InputAudioBufferTimeoutTriggeredEvent setAudioEndMs(Integer audioEndMs) {
        this.audioEndMs = audioEndMs;
        return this;
    }

    public String getItemId() {
        return itemId;
    }

    public InputAudioBufferTimeoutTriggeredEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("audio_start_ms", audioStartMs);
        d.add("audio_end_ms", audioEndMs);
        d.add("item_id", itemId);
    }
}
