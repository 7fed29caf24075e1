package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Base64Audio;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Appends audio to the input buffer ({@code input_audio_buffer.append}), in the session input format; the service does
 * not acknowledge it. Up to 15 MiB per event, but small chunks (20 to 100 ms) let VAD react quickly. For the per-frame
 * path, {@link RealtimeEventCodec#encodeAudioAppend(byte[], int, int, String)} writes the JSON without this object.
 */
public final class InputAudioBufferAppendEvent extends ClientEvent {

    @JsonProperty("audio")
    private Base64Audio audio;

    public InputAudioBufferAppendEvent() {
    }

    /** Appends {@code audio} (not copied: do not change the array until the event is encoded). */
    public static InputAudioBufferAppendEvent of(byte[] audio) {
        return new InputAudioBufferAppendEvent().setAudio(Base64Audio.of(audio));
    }

    /** Appends {@code audio[offset, offset+length)} (not copied). */
    public static InputAudioBufferAppendEvent of(byte[] audio, int offset, int length) {
        return new InputAudioBufferAppendEvent().setAudio(Base64Audio.of(audio, offset, length));
    }

    /** Appends audio that is already base64, e.g. a Twilio media payload, without decoding it. */
    public static InputAudioBufferAppendEvent ofBase64(String base64) {
        return new InputAudioBufferAppendEvent().setAudio(Base64Audio.ofBase64(base64));
    }

    /** The raw audio bytes, decoded once when the event was read from base64; null when unset. */
    public byte[] audio() {
        return audio == null ? null : audio.bytes();
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_APPEND;
    }

    /** The audio payload, written as base64. */
    public Base64Audio getAudio() {
        return audio;
    }

    public InputAudioBufferAppendEvent setAudio(Base64Audio audio) {
        this.audio = audio;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("audio", audio);
    }
}
