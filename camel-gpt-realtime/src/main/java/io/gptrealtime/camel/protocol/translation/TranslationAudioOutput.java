package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * {@code audio.output} of a translation session: the target language of the translated audio and its transcript.
 */
public final class TranslationAudioOutput extends JsonExtensible {

    @JsonProperty("language")
    private String language;

    public TranslationAudioOutput() {
    }

    /** e.g. {@code es}. */
    public String getLanguage() {
        return language;
    }

    public TranslationAudioOutput setLanguage(String language) {
        this.language = language;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("language", language);
    }
}
