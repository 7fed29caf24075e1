package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * User audio could not be transcribed ({@code conversation.item.input_audio_transcription.failed}), e.g.
 * {@code audio_unintelligible}. Informational: the model heard the audio anyway.
 */
public final class InputAudioTranscriptionFailedEvent extends InputAudioTranscriptionEvent {

    @JsonProperty("error")
    private ErrorDetail error;

    public InputAudioTranscriptionFailedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_TRANSCRIPTION_FAILED;
    }

    public ErrorDetail getError() {
        return error;
    }

    public InputAudioTranscriptionFailedEvent setError(ErrorDetail error) {
        this.error = error;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("error", error);
    }
}
