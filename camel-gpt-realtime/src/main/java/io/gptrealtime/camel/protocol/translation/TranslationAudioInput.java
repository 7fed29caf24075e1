package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.InputTranscription;
import io.gptrealtime.camel.protocol.NoiseReduction;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;
import io.gptrealtime.camel.protocol.json.Tristate;

/**
 * {@code audio.input} of a translation session: the source-language transcript (which drives
 * {@code session.input_transcript.delta}; translation itself runs from the audio) and noise reduction. Both switch off
 * with an explicit null.
 */
public final class TranslationAudioInput extends JsonExtensible {

    @JsonProperty("transcription")
    private Tristate<InputTranscription> transcription;

    @JsonProperty("noise_reduction")
    private Tristate<NoiseReduction> noiseReduction;

    public TranslationAudioInput() {
    }

    /** Only {@code model} applies here. Null when absent or cleared. */
    public InputTranscription getTranscription() {
        return Tristate.valueOf(transcription);
    }

    /**
     * Sets transcription; null removes the field (the current setting stays as it is). Use clearTranscription() to
     * send an explicit null.
     */
    public TranslationAudioInput setTranscription(InputTranscription transcription) {
        this.transcription = transcription == null ? null : Tristate.of(transcription);
        return this;
    }

    /** Sends transcription as an explicit JSON null (no source transcript). */
    public TranslationAudioInput clearTranscription() {
        this.transcription = Tristate.ofNull();
        return this;
    }

    /** True when transcription is present as an explicit JSON null. */
    public boolean isTranscriptionCleared() {
        return Tristate.isExplicitNull(transcription);
    }

    /** {@code type} is required here. Null when absent or cleared. */
    public NoiseReduction getNoiseReduction() {
        return Tristate.valueOf(noiseReduction);
    }

    /**
     * Sets noise_reduction; null removes the field (the current setting stays as it is). Use clearNoiseReduction()
     * to send an explicit null.
     */
    public TranslationAudioInput setNoiseReduction(NoiseReduction noiseReduction) {
        this.noiseReduction = noiseReduction == null ? null : Tristate.of(noiseReduction);
        return this;
    }

    /** Sends noise_reduction as an explicit JSON null (noise reduction off). */
    public TranslationAudioInput clearNoiseReduction() {
        this.noiseReduction = Tristate.ofNull();
        return this;
    }

    /** True when noise_reduction is present as an explicit JSON null. */
    public boolean isNoiseReductionCleared() {
        return Tristate.isExplicitNull(noiseReduction);
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("transcription", transcription);
        d.add("noise_reduction", noiseReduction);
    }
}
