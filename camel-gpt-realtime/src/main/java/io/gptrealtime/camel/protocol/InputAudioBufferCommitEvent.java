package io.gptrealtime.camel.protocol;

/**
 * Commits the input buffer as a user audio item ({@code input_audio_buffer.commit}); needed without VAD (push-to-talk).
 * It starts transcription but no response. Committing less than 100 ms of audio is an error.
 */
public final class InputAudioBufferCommitEvent extends ClientEvent {

    public InputAudioBufferCommitEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_COMMIT;
    }
}
