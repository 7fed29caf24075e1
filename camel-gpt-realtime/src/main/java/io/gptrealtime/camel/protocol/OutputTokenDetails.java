package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Output tokens by modality. Reasoning tokens are not broken out.
 */
public final class OutputTokenDetails extends JsonExtensible {

    @JsonProperty("text_tokens")
    private Integer textTokens;

    @JsonProperty("audio_tokens")
    private Integer audioTokens;

    public OutputTokenDetails() {
    }

    public Integer getTextTokens() {
        return textTokens;
    }

    public OutputTokenDetails setTextTokens(Integer textTokens) {
        this.textTokens = textTokens;
        return this;
    }

    public Integer getAudioTokens() {
        return audioTokens;
    }

    public OutputTokenDetails setAudioTokens(Integer audioTokens) {
        this.audioTokens = audioTokens;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("text_tokens", textTokens);
        d.add("audio_tokens", audioTokens);
    }
}
