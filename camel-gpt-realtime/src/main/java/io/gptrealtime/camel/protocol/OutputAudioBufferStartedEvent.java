package io.gptrealtime.camel.protocol;

/**
 * The service started streaming a response's audio ({@code output_audio_buffer.started}); WebRTC and SIP only.
 */
public final class OutputAudioBufferStartedEvent extends OutputAudioBufferEvent {

    public OutputAudioBufferStartedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.OUTPUT_AUDIO_BUFFER_STARTED;
    }
}
