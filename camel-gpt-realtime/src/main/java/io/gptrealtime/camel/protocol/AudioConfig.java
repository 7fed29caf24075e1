package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * {@code audio} of a session or of a response: the input side (sessions only) and the output side.
 */
public final class AudioConfig extends JsonExtensible {

    @JsonProperty("input")
    private AudioInputConfig input;

    @JsonProperty("output")
    private AudioOutputConfig output;

    public AudioConfig() {
    }

    /** The input side, created empty when absent: handy for building a config. */
    public AudioInputConfig input() {
        if (input == null) {
            input = new AudioInputConfig();
        }
        return input;
    }

    /** The output side, created empty when absent. */
    public AudioOutputConfig output() {
        if (output == null) {
            output = new AudioOutputConfig();
        }
        return output;
    }

    public AudioInputConfig getInput() {
        return input;
    }

    public AudioConfig setInput(AudioInputConfig input) {
        this.input = input;
        return this;
    }

    public AudioOutputConfig getOutput() {
        return output;
    }

    public AudioConfig setOutput(AudioOutputConfig output) {
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
