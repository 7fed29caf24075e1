package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * The cached part of the input tokens, by modality (a subset of {@link InputTokenDetails}); cached tokens are billed at
 * a lower rate.
 */
public final class CachedTokenDetails extends JsonExtensible {

    @JsonProperty("text_tokens")
    private Integer textTokens;

    @JsonProperty("audio_tokens")
    private Integer audioTokens;

    @JsonProperty("image_tokens")
    private Integer imageTokens;

    public CachedTokenDetails() {
    }

    public Integer getTextTokens() {
        return textTokens;
    }

    public CachedTokenDetails setTextTokens(Integer textTokens) {
        this.textTokens = textTokens;
        return this;
    }

    public Integer getAudioTokens() {
        return audioTokens;
    }

    public CachedTokenDetails setAudioTokens(Integer audioTokens) {
        this.audioTokens = audioTokens;
        return this;
    }

    public Integer getImageTokens() {
        return imageTokens;
    }

    public CachedTokenDetails setImageTokens(Integer imageTokens) {
        this.imageTokens = imageTokens;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("text_tokens", textTokens);
        d.add("audio_tokens", audioTokens);
        d.add("image_tokens", imageTokens);
    }
}
