package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * Input noise reduction ({@code audio.input.noise_reduction}), applied before VAD and the model. Send
 * {@link AudioInputConfig#clearNoiseReduction()} to turn it off.
 */
public final class NoiseReduction extends JsonExtensible {

    public static final String NEAR_FIELD = "near_field";
    public static final String FAR_FIELD = "far_field";

    @JsonProperty("type")
    private String type;

    @JsonProperty("strength")
    private Double strength;

    public NoiseReduction() {
    }

    public static NoiseReduction nearField() {
        return new NoiseReduction().setType(NEAR_FIELD);
    }

    public static NoiseReduction farField() {
        return new NoiseReduction().setType(FAR_FIELD);
    }

    /** {@link #NEAR_FIELD} (headsets) or {@link #FAR_FIELD} (laptop and room microphones). */
    public String getType() {
        return type;
    }

    public NoiseReduction setType(String type) {
        this.type = type;
        return this;
    }

    /** How strongly noise is suppressed; the service starts at 1 when it is first enabled. */
    public Double getStrength() {
        return strength;
    }

    public NoiseReduction setStrength(Double strength) {
        this.strength = strength;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("type", type);
        d.add("strength", strength);
    }
}
