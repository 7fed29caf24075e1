package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * The tokens of one response ({@code response.done}), the basis of billing. Every response re-reads the whole
 * conversation, so a session costs the sum over its responses. Missing counts mean zero.
 */
public final class ResponseUsage extends JsonExtensible {

    @JsonProperty("total_tokens")
    private Integer totalTokens;

    @JsonProperty("input_tokens")
    private Integer inputTokens;

    @JsonProperty("output_tokens")
    private Integer outputTokens;

    @JsonProperty("input_token_details")
    private InputTokenDetails inputTokenDetails;

    @JsonProperty("output_token_details")
    private OutputTokenDetails outputTokenDetails;

    public ResponseUsage() {
    }

    public Integer getTotalTokens() {
        return totalTokens;
    }

    public ResponseUsage setTotalTokens(Integer totalTokens) {
        this.totalTokens = totalTokens;
        return this;
    }

    /** Text, audio and image input, cached included. */
    public Integer getInputTokens() {
        return inputTokens;
    }

    public ResponseUsage setInputTokens(Integer inputTokens) {
        this.inputTokens = inputTokens;
        return this;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public ResponseUsage setOutputTokens(Integer outputTokens) {
        this.outputTokens = outputTokens;
        return this;
    }

    public InputTokenDetails getInputTokenDetails() {
        return inputTokenDetails;
    }

    public ResponseUsage setInputTokenDetails(InputTokenDetails inputTokenDetails) {
        this.inputTokenDetails = inputTokenDetails;
        return this;
    }

    public OutputTokenDetails getOutputTokenDetails() {
        return outputTokenDetails;
    }

    public ResponseUsage setOutputTokenDetails(OutputTokenDetails outputTokenDetails) {
        this.outputTokenDetails = outputTokenDetails;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("total_tokens", totalTokens);
        d.add("input_tokens", inputTokens);
        d.add("output_tokens", outputTokens);
        d.add("input_token_details", inputTokenDetails);
        d.add("output_token_details", outputTokenDetails);
    }
}
