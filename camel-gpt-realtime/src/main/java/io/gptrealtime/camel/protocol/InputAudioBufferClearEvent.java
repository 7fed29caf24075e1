package io.gptrealtime.camel.protocol;

/**
 * Discards the uncommitted input audio ({@code input_audio_buffer.clear}); answered with
 * {@code input_audio_buffer.cleared}.
 */
public final class InputAudioBufferClearEvent extends ClientEvent {

    public InputAudioBufferClearEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_CLEAR;
    }
}
