package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * What an input transcription cost: by tokens ({@code type: tokens}) or by duration ({@code type: duration},
 * {@code seconds}), depending on the transcription model. Billed at the transcription model's rates, separately from
 * the responses.
 */
public final class TranscriptionUsage extends JsonExtensible {

    public static final String TOKENS = "tokens";
    public static final String DURATION = "duration";

    @JsonProperty("type")
    private String type;

    @JsonProperty("input_tokens")
    private Integer inputTokens;

    @JsonProperty("output_tokens")
    private Integer outputTokens;

    @JsonProperty("total_tokens")
    private Integer totalTokens;

    @JsonProperty("input_token_details")
    private InputTokenDetails inputTokenDetails;

    @JsonProperty("seconds")
    private Double seconds;

    public TranscriptionUsage() {
    }

    /** {@link #TOKENS} or {@link #DURATION}. */
    public String getType() {
        return type;
    }

    public TranscriptionUsage setType(String type) {
        this.type = type;
        return this;
    }

    public Integer getInputTokens() {
        return inputTokens;
    }

    public TranscriptionUsage setInputTokens(Integer inputTokens) {
        this.inputTokens = inputTokens;
        return this;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public TranscriptionUsage setOutputTokens(Integer outputTokens) {
        this.outputTokens = outputTokens;
        return this;
    }

    public Integer getTotalTokens() {
        return totalTokens;
    }

    public TranscriptionUsage setTotalTokens(Integer totalTokens) {
        this.totalTokens = totalTokens;
        return this;
    }

    /** Text and audio tokens of the input. */
    public InputTokenDetails getInputTokenDetails() {
        return inputTokenDetails;
    }

    public TranscriptionUsage setInputTokenDetails(InputTokenDetails inputTokenDetails) {
        this.inputTokenDetails = inputTokenDetails;
        return this;
    }

    /** Billed audio duration. */
    public Double getSeconds() {
        return seconds;
    }

    public TranscriptionUsage setSeconds(Double seconds) {
        this.seconds = seconds;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("input_tokens", inputTokens);
        d.add("output_tokens", outputTokens);
        d.add("total_tokens", totalTokens);
        d.add("input_token_details", inputTokenDetails);
        d.add("seconds", seconds);
    }
}
