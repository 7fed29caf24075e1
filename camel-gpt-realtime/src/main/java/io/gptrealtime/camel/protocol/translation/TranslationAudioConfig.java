package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * {@code audio} of a translation session. The wire audio is fixed at 24 kHz PCM16 mono both ways.
 */
public final class TranslationAudioConfig extends JsonExtensible {

    @JsonProperty("input")
    private TranslationAudioInput input;

    @JsonProperty("output")
    private TranslationAudioOutput output;

    public TranslationAudioConfig() {
    }

    public TranslationAudioInput getInput() {
        return input;
    }

    public TranslationAudioConfig setInput(TranslationAudioInput input) {
        this.input = input;
        return this;
    }

    public TranslationAudioOutput getOutput() {
        return output;
    }

    public TranslationAudioConfig setOutput(TranslationAudioOutput output) {
        this.output = output;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("input", input);
        d.add("output", output);
    }
}
