package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * A translation session, as created ({@code model} is required and fixed) and as {@code session.update} changes it
 * (only {@code audio.output.language}, {@code audio.input.transcription} and {@code audio.input.noise_reduction}; an
 * update carries no {@code type} and no {@code model}).
 */
public final class TranslationSessionConfig extends JsonExtensible {

    @JsonProperty("id")
    private String id;

    @JsonProperty("type")
    private String type;

    @JsonProperty("model")
    private String model;

    @JsonProperty("expires_at")
    private Long expiresAt;

    @JsonProperty("audio")
    private TranslationAudioConfig audio;

    public TranslationSessionConfig() {
    }

    /** An update that changes the target language. */
    public static TranslationSessionConfig targetLanguage(String language) {
        return new TranslationSessionConfig().setAudio(
                new TranslationAudioConfig().setOutput(new TranslationAudioOutput().setLanguage(language)));
    }

    /** {@code sess_...} (server only). */
    public String getId() {
        return id;
    }

    public TranslationSessionConfig setId(String id) {
        this.id = id;
        return this;
    }

    /** {@code translation} (server only). */
    public String getType() {
        return type;
    }

    public TranslationSessionConfig setType(String type) {
        this.type = type;
        return this;
    }

    /** The translation model, e.g. {@code gpt-realtime-translate}; set at creation. */
    public String getModel() {
        return model;
    }

    public TranslationSessionConfig setModel(String model) {
        this.model = model;
        return this;
    }

    /** Epoch seconds (server only). */
    public Long getExpiresAt() {
        return expiresAt;
    }

    public TranslationSessionConfig setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public TranslationAudioConfig getAudio() {
        return audio;
    }

    public TranslationSessionConfig setAudio(TranslationAudioConfig audio) {
        this.audio = audio;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("id", id);
        d.add("type", type);
        d.add("model", model);
        d.add("expires_at", expiresAt);
        d.add("audio", audio);
    }
}
