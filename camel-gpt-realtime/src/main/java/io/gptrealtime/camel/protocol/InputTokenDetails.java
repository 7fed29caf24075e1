package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Input tokens by modality. {@code cached_tokens} is a subset of the total, detailed in {@code cached_tokens_details}.
 */
public final class InputTokenDetails extends JsonExtensible {

    @JsonProperty("text_tokens")
    private Integer textTokens;

    @JsonProperty("audio_tokens")
    private Integer audioTokens;

    @JsonProperty("image_tokens")
    private Integer imageTokens;

    @JsonProperty("cached_tokens")
    private Integer cachedTokens;

    @JsonProperty("cached_tokens_details")
    private CachedTokenDetails cachedTokensDetails;

    public InputTokenDetails() {
    }

    public Integer getTextTokens() {
        return textTokens;
    }

    public InputTokenDetails setTextTokens(Integer textTokens) {
        this.textTokens = textTokens;
        return this;
    }

    public Integer getAudioTokens() {
        return audioTokens;
    }

    public InputTokenDetails setAudioTokens(Integer audioTokens) {
        this.audioTokens = audioTokens;
        return this;
    }

    public Integer getImageTokens() {
        return imageTokens;
    }

    public InputTokenDetails setImageTokens(Integer imageTokens) {
        this.imageTokens = imageTokens;
        return this;
    }

    public Integer getCachedTokens() {
        return cachedTokens;
    }

    public InputTokenDetails setCachedTokens(Integer cachedTokens) {
        this.cachedTokens = cachedTokens;
        return this;
    }

    public CachedTokenDetails getCachedTokensDetails() {
        return cachedTokensDetails;
    }

    public InputTokenDetails setCachedTokensDetails(CachedTokenDetails cachedTokensDetails) {
        this.cachedTokensDetails = cachedTokensDetails;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("text_tokens", textTokens);
        d.add("audio_tokens", audioTokens);
        d.add("image_tokens", imageTokens);
        d.add("cached_tokens", cachedTokens);
        d.add("cached_tokens_details", cachedTokensDetails);
    }
}
