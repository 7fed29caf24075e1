package io.gptrealtime.camel.usage;

import io.gptrealtime.camel.protocol.CachedTokenDetails;
import io.gptrealtime.camel.protocol.InputTokenDetails;
import io.gptrealtime.camel.protocol.OutputTokenDetails;
import io.gptrealtime.camel.protocol.ResponseUsage;

/**
 * Token counts by modality: input text, audio and image (cached included), the cached part of each, and output text
 * and audio. Immutable; {@link #plus} adds up responses into a session total.
 */
public record TokenUsage(long inputText, long inputAudio, long inputImage, long cachedText, long cachedAudio,
                         long cachedImage, long outputText, long outputAudio) {

    public static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The counts of a {@code response.done} usage block; missing counts are zero. A cached count above its modality's
     * input is clamped (cached tokens are a subset of the input). When the service gives {@code cached_tokens}
     * without the per-modality breakdown, the cached tokens are attributed to text first, then audio, then image:
     * the cached prefix of a conversation starts with the instructions and tools, which are text.
     */
    public static TokenUsage of(ResponseUsage usage) {
        if (usage == null) {
            return ZERO;
        }
        InputTokenDetails in = usage.getInputTokenDetails();
        OutputTokenDetails out = usage.getOutputTokenDetails();
        long text = in == null ? 0 : n(in.getTextTokens());
        long audio = in == null ? 0 : n(in.getAudioTokens());
        long image = in == null ? 0 : n(in.getImageTokens());
        if (in == null && usage.getInputTokens() != null) {
            // no breakdown at all: the input can only be priced as text
            text = usage.getInputTokens();
        }
        long cText = 0;
        long cAudio = 0;
        long cImage = 0;
        if (in != null) {
            CachedTokenDetails cached = in.getCachedTokensDetails();
            if (cached != null) {
                cText = Math.min(n(cached.getTextTokens()), text);
                cAudio = Math.min(n(cached.getAudioTokens()), audio);
                cImage = Math.min(n(cached.getImageTokens()), image);
            } else {
                long rest = n(in.getCachedTokens());
                cText = Math.min(rest, text);
                rest -= cText;
                cAudio = Math.min(rest, audio);
                rest -= cAudio;
                cImage = Math.min(rest, image);
            }
        }
        long oText = out == null ? 0 : n(out.getTextTokens());
        long oAudio = out == null ? 0 : n(out.getAudioTokens());
        if (out == null && usage.getOutputTokens() != null) {
            oText = usage.getOutputTokens();
        }
        return new TokenUsage(text, audio, image, cText, cAudio, cImage, oText, oAudio);
    }

    public TokenUsage plus(TokenUsage o) {
        return new TokenUsage(inputText + o.inputText, inputAudio + o.inputAudio, inputImage + o.inputImage,
                cachedText + o.cachedText, cachedAudio + o.cachedAudio, cachedImage + o.cachedImage,
                outputText + o.outputText, outputAudio + o.outputAudio);
    }

    /** Text, audio and image input, cached included. */
    public long inputTokens() {
        return inputText + inputAudio + inputImage;
    }

    /** The cached part of {@link #inputTokens()}. */
    public long cachedTokens() {
        return cachedText + cachedAudio + cachedImage;
    }

    public long outputTokens() {
        return outputText + outputAudio;
    }

    public long totalTokens() {
        return inputTokens() + outputTokens();
    }

    private static long n(Integer v) {
        return v == null || v < 0 ? 0 : v;
    }
}
