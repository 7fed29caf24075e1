package io.gptrealtime.camel.protocol;

/**
 * The output buffer was cleared ({@code output_audio_buffer.cleared}) by barge-in or by
 * {@code output_audio_buffer.clear}; WebRTC and SIP only.
 */
public final class OutputAudioBufferClearedEvent extends OutputAudioBufferEvent {

    public OutputAudioBufferClearedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.OUTPUT_AUDIO_BUFFER_CLEARED;
    }
}
