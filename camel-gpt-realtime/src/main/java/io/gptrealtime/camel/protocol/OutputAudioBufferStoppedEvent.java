package io.gptrealtime.camel.protocol;

/**
 * The server-side output buffer is drained ({@code output_audio_buffer.stopped}); WebRTC and SIP only.
 */
public final class OutputAudioBufferStoppedEvent extends OutputAudioBufferEvent {

    public OutputAudioBufferStoppedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.OUTPUT_AUDIO_BUFFER_STOPPED;
    }
}
