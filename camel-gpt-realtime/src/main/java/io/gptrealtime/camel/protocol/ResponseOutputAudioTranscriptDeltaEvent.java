package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A piece of the transcript of the spoken output ({@code response.output_audio_transcript.delta}).
 */
public final class ResponseOutputAudioTranscriptDeltaEvent extends ResponseContentEvent {

    @JsonProperty("delta")
    private String delta;

    public ResponseOutputAudioTranscriptDeltaEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA;
    }

    public String getDelta() {
        return delta;
    }

    public ResponseOutputAudioTranscriptDeltaEvent setDelta(String delta) {
        this.delta = delta;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
    }
}
