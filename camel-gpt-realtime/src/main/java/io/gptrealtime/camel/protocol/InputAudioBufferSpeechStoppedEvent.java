package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * VAD heard the user stop speaking ({@code input_audio_buffer.speech_stopped}).
 */
public final class InputAudioBufferSpeechStoppedEvent extends ServerEvent {

    @JsonProperty("audio_end_ms")
    private Integer audioEndMs;

    @JsonProperty("item_id")
    private String itemId;

    public InputAudioBufferSpeechStoppedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STOPPED;
    }

    /** Ms since the start of the session audio, the silence duration included. */
    public Integer getAudioEndMs() {
        return audioEndMs;
    }

    public InputAudioBufferSpeechStoppedEvent setAudioEndMs(Integer audioEndMs) {
        this.audioEndMs = audioEndMs;
        return this;
    }

    public String getItemId() {
        return itemId;
    }

    public InputAudioBufferSpeechStoppedEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("audio_end_ms", audioEndMs);
        d.add("item_id", itemId);
    }
}
