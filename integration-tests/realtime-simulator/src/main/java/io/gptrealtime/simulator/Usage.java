package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Token numbers for {@code response.done.response.usage}. A scripted reply may fix them; otherwise
 * {@link UsageCalculator} derives them. Totals are always computed, so they are consistent:
 * {@code input_tokens = text + audio + image} (cached tokens are a subset), {@code output_tokens = text + audio},
 * {@code total_tokens = input_tokens + output_tokens}.
 */
public final class Usage {

    private final int inputTextTokens;
    private final int inputAudioTokens;
    private final int inputImageTokens;
    private final int cachedTextTokens;
    private final int cachedAudioTokens;
    private final int cachedImageTokens;
    private final int outputTextTokens;
    private final int outputAudioTokens;

    private Usage(Builder b) {
        this.inputTextTokens = b.inputTextTokens;
        this.inputAudioTokens = b.inputAudioTokens;
        this.inputImageTokens = b.inputImageTokens;
        this.cachedTextTokens = Math.min(b.cachedTextTokens, b.inputTextTokens);
        this.cachedAudioTokens = Math.min(b.cachedAudioTokens, b.inputAudioTokens);
        this.cachedImageTokens = Math.min(b.cachedImageTokens, b.inputImageTokens);
        this.outputTextTokens = b.outputTextTokens;
        this.outputAudioTokens = b.outputAudioTokens;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int inputTokens() {
        return inputTextTokens + inputAudioTokens + inputImageTokens;
    }

    public int outputTokens() {
        return outputTextTokens + outputAudioTokens;
    }

    public int totalTokens() {
        return inputTokens() + outputTokens();
    }

    public int cachedTokens() {
        return cachedTextTokens + cachedAudioTokens + cachedImageTokens;
    }

    public int inputTextTokens() {
        return inputTextTokens;
    }

    public int inputAudioTokens() {
        return inputAudioTokens;
    }

    public int outputTextTokens() {
        return outputTextTokens;
    }

    public int outputAudioTokens() {
        return outputAudioTokens;
    }

    ObjectNode toJson() {
        ObjectNode usage = Json.object();
        usage.put("total_tokens", totalTokens());
        usage.put("input_tokens", inputTokens());
        usage.put("output_tokens", outputTokens());
        ObjectNode in = usage.putObject("input_token_details");
        in.put("text_tokens", inputTextTokens);
        in.put("audio_tokens", inputAudioTokens);
        in.put("image_tokens", inputImageTokens);
        in.put("cached_tokens", cachedTokens());
        ObjectNode cached = in.putObject("cached_tokens_details");
        cached.put("text_tokens", cachedTextTokens);
        cached.put("audio_tokens", cachedAudioTokens);
        cached.put("image_tokens", cachedImageTokens);
        ObjectNode out = usage.putObject("output_token_details");
        out.put("text_tokens", outputTextTokens);
        out.put("audio_tokens", outputAudioTokens);
        return usage;
    }

    @Override
    public String toString() {
        return Json.write(toJson());
    }

    public static final class Builder {
        private int inputTextTokens;
        private int inputAudioTokens;
        private int inputImageTokens;
        private int cachedTextTokens;
        private int cachedAudioTokens;
        private int cachedImageTokens;
        private int outputTextTokens;
        private int outputAudioTokens;

        private Builder() {
        }

        public Builder inputTextTokens(int n) {
            this.inputTextTokens = nonNegative(n);
            return this;
        }

        public Builder inputAudioTokens(int n) {
            this.inputAudioTokens = nonNegative(n);
            return this;
        }

        public Builder inputImageTokens(int n) {
            this.inputImageTokens = nonNegative(n);
            return this;
        }

        public Builder cachedTextTokens(int n) {
            this.cachedTextTokens = nonNegative(n);
            return this;
        }

        public Builder cachedAudioTokens(int n) {
            this.cachedAudioTokens = nonNegative(n);
            return this;
        }

        public Builder cachedImageTokens(int n) {
            this.cachedImageTokens = nonNegative(n);
            return this;
        }

        public Builder outputTextTokens(int n) {
            this.outputTextTokens = nonNegative(n);
            return this;
        }

        public Builder outputAudioTokens(int n) {
            this.outputAudioTokens = nonNegative(n);
            return this;
        }

        public Usage build() {
            return new Usage(this);
        }

        private static int nonNegative(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("token counts are non-negative: " + n);
            }
            return n;
        }
    }
}
