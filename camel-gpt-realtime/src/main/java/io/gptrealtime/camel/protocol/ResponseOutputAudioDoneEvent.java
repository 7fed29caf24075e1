package io.gptrealtime.camel.protocol;

/**
 * The audio of a part is complete ({@code response.output_audio.done}); also sent on interruption and cancellation.
 */
public final class ResponseOutputAudioDoneEvent extends ResponseContentEvent {

    public ResponseOutputAudioDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_AUDIO_DONE;
    }
}
