package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The complete transcript of the spoken output of a part ({@code response.output_audio_transcript.done}).
 */
public final class ResponseOutputAudioTranscriptDoneEvent extends ResponseContentEvent {

    @JsonProperty("transcript")
    private String transcript;

    public ResponseOutputAudioTranscriptDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE;
    }

    public String getTranscript() {
        return transcript;
    }

    public ResponseOutputAudioTranscriptDoneEvent setTranscript(String transcript) {
        this.transcript = transcript;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("transcript", transcript);
    }
}
