package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Base64Audio;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A chunk of output audio ({@code response.output_audio.delta}), in the session output format. The codec decodes it on
 * a streaming fast path straight into bytes ({@link #audio()}), because a speaking model sends many per second.
 */
public final class ResponseOutputAudioDeltaEvent extends ResponseContentEvent {

    @JsonProperty("delta")
    private Base64Audio delta;

    public ResponseOutputAudioDeltaEvent() {
    }

    /**
     * The audio bytes, decoded once. The array is shared, not copied: do not change it.
     *
     * @throws IllegalArgumentException if the delta is not valid base64
     */
    public byte[] audio() {
        return delta == null ? null : delta.bytes();
    }

    /** Sets the audio bytes (not copied). */
    public ResponseOutputAudioDeltaEvent setAudio(byte[] audio) {
        this.delta = audio == null ? null : Base64Audio.of(audio);
        return this;
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA;
    }

    /** The audio chunk, base64 on the wire. */
    public Base64Audio getDelta() {
        return delta;
    }

    public ResponseOutputAudioDeltaEvent setDelta(Base64Audio delta) {
        this.delta = delta;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
    }
}
