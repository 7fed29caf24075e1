package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * {@code audio.output} of a session or of one response: format, voice and speed.
 */
public final class AudioOutputConfig extends JsonExtensible {

    @JsonProperty("format")
    private AudioFormatSpec format;

    @JsonProperty("voice")
    private Voice voice;

    @JsonProperty("speed")
    private Double speed;

    public AudioOutputConfig() {
    }

    public AudioFormatSpec getFormat() {
        return format;
    }

    public AudioOutputConfig setFormat(AudioFormatSpec format) {
        this.format = format;
        return this;
    }

    /** Locked once the model has produced audio in the session. */
    public Voice getVoice() {
        return voice;
    }

    public AudioOutputConfig setVoice(Voice voice) {
        this.voice = voice;
        return this;
    }

    /** Session only: playback speed, 0.25 to 1.5 (default 1.0), changeable between turns. */
    public Double getSpeed() {
        return speed;
    }

    public AudioOutputConfig setSpeed(Double speed) {
        this.speed = speed;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("format", format);
        d.add("voice", voice);
        d.add("speed", speed);
    }
}
