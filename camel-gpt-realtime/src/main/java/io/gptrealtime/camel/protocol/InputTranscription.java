package io.gptrealtime.camel.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Transcription of the input audio ({@code audio.input.transcription}). It runs asynchronously on a separate model and
 * is billed separately; the model itself hears the audio directly. Also used for the source-language transcript of
 * translation sessions, where only {@code model} applies.
 */
public final class InputTranscription extends JsonExtensible {

    @JsonProperty("model")
    private String model;

    @JsonProperty("language")
    private String language;

    @JsonProperty("languages")
    private List<String> languages;

    @JsonProperty("keywords")
    private List<String> keywords;

    @JsonProperty("prompt")
    private String prompt;

    @JsonProperty("delay")
    private String delay;

    public InputTranscription() {
    }

    /** Transcription with {@code model}. */
    public static InputTranscription of(String model) {
        return new InputTranscription().setModel(model);
    }

    /**
     * e.g. {@code gpt-4o-mini-transcribe}, {@code gpt-live-transcribe}, {@code gpt-4o-transcribe-diarize},
     * {@code gpt-realtime-whisper}.
     */
    public String getModel() {
        return model;
    }

    public InputTranscription setModel(String model) {
        this.model = model;
        return this;
    }

    /** ISO-639-1 language of the input, which improves accuracy and latency. */
    public String getLanguage() {
        return language;
    }

    public InputTranscription setLanguage(String language) {
        this.language = language;
        return this;
    }

    /** Candidate languages ({@code gpt-transcribe}, {@code gpt-live-transcribe}); at least one when set. */
    public List<String> getLanguages() {
        return languages;
    }

    public InputTranscription setLanguages(List<String> languages) {
        this.languages = languages;
        return this;
    }

    /** Words and phrases that bias recognition ({@code gpt-transcribe}, {@code gpt-live-transcribe}). */
    public List<String> getKeywords() {
        return keywords;
    }

    public InputTranscription setKeywords(List<String> keywords) {
        this.keywords = keywords;
        return this;
    }

    /**
     * Keywords for {@code whisper-1}, free text for the {@code gpt-4o-transcribe} models; not for
     * {@code gpt- realtime-whisper}.
     */
    public String getPrompt() {
        return prompt;
    }

    public InputTranscription setPrompt(String prompt) {
        this.prompt = prompt;
        return this;
    }

    /** Latency against accuracy, {@code minimal} to {@code xhigh} ({@code gpt-realtime-whisper} only). */
    public String getDelay() {
        return delay;
    }

    public InputTranscription setDelay(String delay) {
        this.delay = delay;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("model", model);
        d.add("language", language);
        d.add("languages", languages);
        d.add("keywords", keywords);
        d.add("prompt", prompt);
        d.add("delay", delay);
    }
}
