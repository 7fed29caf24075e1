package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.json.Base64Audio;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A chunk of translated audio ({@code session.output_audio.delta}), of variable length: decode and queue each one
 * without assuming a size.
 */
public final class TranslationOutputAudioDeltaEvent extends ServerEvent {

    @JsonProperty("delta")
    private Base64Audio delta;

    @JsonProperty("format")
    private String format;

    @JsonProperty("sample_rate")
    private Integer sampleRate;

    @JsonProperty("channels")
    private Integer channels;

    @JsonProperty("elapsed_ms")
    private Integer elapsedMs;

    public TranslationOutputAudioDeltaEvent() {
    }

    /**
     * The audio bytes, decoded once (shared, do not change).
     *
     * @throws IllegalArgumentException if the delta is not valid base64
     */
    public byte[] audio() {
        return delta == null ? null : delta.bytes();
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_OUTPUT_AUDIO_DELTA;
    }

    /** PCM16 audio, base64 on the wire. */
    public Base64Audio getDelta() {
        return delta;
    }

    public TranslationOutputAudioDeltaEvent setDelta(Base64Audio delta) {
        this.delta = delta;
        return this;
    }

    /** {@code pcm16}. */
    public String getFormat() {
        return format;
    }

    public TranslationOutputAudioDeltaEvent setFormat(String format) {
        this.format = format;
        return this;
    }

    public Integer getSampleRate() {
        return sampleRate;
    }

    public TranslationOutputAudioDeltaEvent setSampleRate(Integer sampleRate) {
        this.sampleRate = sampleRate;
        return this;
    }

    public Integer getChannels() {
        return channels;
    }

    public TranslationOutputAudioDeltaEvent setChannels(Integer channels) {
        this.channels = channels;
        return this;
    }

    /** Stream position in 200 ms steps. */
    public Integer getElapsedMs() {
        return elapsedMs;
    }

    public TranslationOutputAudioDeltaEvent setElapsedMs(Integer elapsedMs) {
        this.elapsedMs = elapsedMs;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
        d.add("format", format);
        d.add("sample_rate", sampleRate);
        d.add("channels", channels);
        d.add("elapsed_ms", elapsedMs);
    }
}
