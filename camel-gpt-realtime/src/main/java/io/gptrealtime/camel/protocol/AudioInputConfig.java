package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;
import io.gptrealtime.camel.protocol.json.Tristate;

/**
 * {@code audio.input} of a session: format, noise reduction, transcription and turn detection.
 * <p>
 * The last three can be sent as an explicit {@code null} to switch the feature off ({@code clearX()}); leaving them
 * unset keeps the current setting. Note that the OpenAPI schema only declares {@code turn_detection} nullable, although
 * the API documentation tells clients to send {@code null} for all three.
 */
public final class AudioInputConfig extends JsonExtensible {

    @JsonProperty("format")
    private AudioFormatSpec format;

    @JsonProperty("noise_reduction")
    private Tristate<NoiseReduction> noiseReduction;

    @JsonProperty("transcription")
    private Tristate<InputTranscription> transcription;

    @JsonProperty("turn_detection")
    private Tristate<TurnDetection> turnDetection;

    public AudioInputConfig() {
    }

    public AudioFormatSpec getFormat() {
        return format;
    }

    public AudioInputConfig setFormat(AudioFormatSpec format) {
        this.format = format;
        return this;
    }

    public NoiseReduction getNoiseReduction() {
        return Tristate.valueOf(noiseReduction);
    }

    /**
     * Sets noise_reduction; null removes the field (the current setting stays as it is). Use clearNoiseReduction() to
     * send an explicit null.
     */
    public AudioInputConfig setNoiseReduction(NoiseReduction noiseReduction) {
        this.noiseReduction = noiseReduction == null ? null : Tristate.of(noiseReduction);
        return this;
    }

    /** Sends noise_reduction as an explicit JSON null (noise reduction off). */
    public AudioInputConfig clearNoiseReduction() {
        this.noiseReduction = Tristate.ofNull();
        return this;
    }

    /** True when noise_reduction is present as an explicit JSON null. */
    public boolean isNoiseReductionCleared() {
        return Tristate.isExplicitNull(noiseReduction);
    }

    public InputTranscription getTranscription() {
        return Tristate.valueOf(transcription);
    }

    /**
     * Sets transcription; null removes the field (the current setting stays as it is). Use clearTranscription() to send
     * an explicit null.
     */
    public AudioInputConfig setTranscription(InputTranscription transcription) {
        this.transcription = transcription == null ? null : Tristate.of(transcription);
        return this;
    }

    /** Sends transcription as an explicit JSON null (input transcription off). */
    public AudioInputConfig clearTranscription() {
        this.transcription = Tristate.ofNull();
        return this;
    }

    /** True when transcription is present as an explicit JSON null. */
    public boolean isTranscriptionCleared() {
        return Tristate.isExplicitNull(transcription);
    }

    public TurnDetection getTurnDetection() {
        return Tristate.valueOf(turnDetection);
    }

    /**
     * Sets turn_detection; null removes the field (the current setting stays as it is). Use clearTurnDetection() to
     * send an explicit null.
     */
    public AudioInputConfig setTurnDetection(TurnDetection turnDetection) {
        this.turnDetection = turnDetection == null ? null : Tristate.of(turnDetection);
        return this;
    }

    /** Sends turn_detection as an explicit JSON null (no VAD: the client commits and creates responses). */
    public AudioInputConfig clearTurnDetection() {
        this.turnDetection = Tristate.ofNull();
        return this;
    }

    /** True when turn_detection is present as an explicit JSON null. */
    public boolean isTurnDetectionCleared() {
        return Tristate.isExplicitNull(turnDetection);
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("format", format);
        d.add("noise_reduction", noiseReduction);
        d.add("transcription", transcription);
        d.add("turn_detection", turnDetection);
    }
}
