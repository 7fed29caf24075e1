package io.gptrealtime.camel.protocol;

/**
 * Stops the server-side audio output and truncates the conversation to what was played
 * ({@code output_audio_buffer.clear}). WebRTC and SIP only: over a plain WebSocket the client owns playback and
 * truncates with {@link ConversationItemTruncateEvent}. Send {@link ResponseCancelEvent} first.
 */
public final class OutputAudioBufferClearEvent extends ClientEvent {

    public OutputAudioBufferClearEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.OUTPUT_AUDIO_BUFFER_CLEAR;
    }
}
