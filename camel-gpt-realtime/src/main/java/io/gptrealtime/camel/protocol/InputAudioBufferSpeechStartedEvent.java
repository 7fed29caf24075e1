package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * VAD heard the user start speaking ({@code input_audio_buffer.speech_started}): the barge-in signal. Over a WebSocket,
 * stop playback at once and truncate the assistant item at what was heard.
 */
public final class InputAudioBufferSpeechStartedEvent extends ServerEvent {

    @JsonProperty("audio_start_ms")
    private Integer audioStartMs;

    @JsonProperty("item_id")
    private String itemId;

    public InputAudioBufferSpeechStartedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED;
    }

    /** Ms since the start of all audio written in the session, prefix padding included. */
    public Integer getAudioStartMs() {
        return audioStartMs;
    }

    public InputAudioBufferSpeechStartedEvent setAudioStartMs(Integer audioStartMs) {
        this.audioStartMs = audioStartMs;
        return this;
    }

    /** The user item that will be created. */
    public String getItemId() {
        return itemId;
    }

    public InputAudioBufferSpeechStartedEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("audio_start_ms", audioStartMs);
        d.add("item_id", itemId);
    }
}
