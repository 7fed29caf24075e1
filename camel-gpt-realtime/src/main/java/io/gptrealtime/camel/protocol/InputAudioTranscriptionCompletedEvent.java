package io.gptrealtime.camel.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The transcript of user audio ({@code conversation.item.input_audio_transcription.completed}), with what the
 * transcription cost.
 */
public final class InputAudioTranscriptionCompletedEvent extends InputAudioTranscriptionEvent {

    @JsonProperty("transcript")
    private String transcript;

    @JsonProperty("usage")
    private TranscriptionUsage usage;

    @JsonProperty("logprobs")
    private List<LogProb> logprobs;

    @JsonProperty("languages")
    private List<TranscriptionLanguage> languages;

    public InputAudioTranscriptionCompletedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_TRANSCRIPTION_COMPLETED;
    }

    public String getTranscript() {
        return transcript;
    }

    public InputAudioTranscriptionCompletedEvent setTranscript(String transcript) {
        this.transcript = transcript;
        return this;
    }

    public TranscriptionUsage getUsage() {
        return usage;
    }

    public InputAudioTranscriptionCompletedEvent setUsage(TranscriptionUsage usage) {
        this.usage = usage;
        return this;
    }

    public List<LogProb> getLogprobs() {
        return logprobs;
    }

    public InputAudioTranscriptionCompletedEvent setLogprobs(List<LogProb> logprobs) {
        this.logprobs = logprobs;
        return this;
    }

    /** Detected languages ({@code gpt-transcribe}); empty when none could be detected reliably. */
    public List<TranscriptionLanguage> getLanguages() {
        return languages;
    }

    public InputAudioTranscriptionCompletedEvent setLanguages(List<TranscriptionLanguage> languages) {
        this.languages = languages;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("transcript", transcript);
        d.add("usage", usage);
        d.addCount("logprobs", logprobs);
        d.add("languages", languages);
    }
}
