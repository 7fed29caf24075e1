package io.gptrealtime.camel.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A piece of the transcript of user audio ({@code conversation.item.input_audio_transcription.delta}).
 */
public final class InputAudioTranscriptionDeltaEvent extends InputAudioTranscriptionEvent {

    @JsonProperty("delta")
    private String delta;

    @JsonProperty("logprobs")
    private List<LogProb> logprobs;

    public InputAudioTranscriptionDeltaEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_TRANSCRIPTION_DELTA;
    }

    public String getDelta() {
        return delta;
    }

    public InputAudioTranscriptionDeltaEvent setDelta(String delta) {
        this.delta = delta;
        return this;
    }

    public List<LogProb> getLogprobs() {
        return logprobs;
    }

    public InputAudioTranscriptionDeltaEvent setLogprobs(List<LogProb> logprobs) {
        this.logprobs = logprobs;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
        d.addCount("logprobs", logprobs);
    }
}
