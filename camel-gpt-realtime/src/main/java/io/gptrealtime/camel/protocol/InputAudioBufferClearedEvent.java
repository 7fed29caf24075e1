package io.gptrealtime.camel.protocol;

/**
 * The input buffer was cleared ({@code input_audio_buffer.cleared}).
 */
public final class InputAudioBufferClearedEvent extends ServerEvent {

    public InputAudioBufferClearedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_CLEARED;
    }
}
