package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ClientEvent;
import io.gptrealtime.camel.protocol.json.Base64Audio;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Appends source audio ({@code session.input_audio_buffer.append}): 24 kHz PCM16 mono little-endian, ideally 200 ms per
 * event. Keep sending silence while the session is open, or the model treats resumed audio as continuous.
 */
public final class TranslationInputAudioBufferAppendEvent extends ClientEvent {

    @JsonProperty("audio")
    private Base64Audio audio;

    public TranslationInputAudioBufferAppendEvent() {
    }

    /** Appends {@code audio} (not copied). */
    public static TranslationInputAudioBufferAppendEvent of(byte[] audio) {
        return new TranslationInputAudioBufferAppendEvent().setAudio(Base64Audio.of(audio));
    }

    /** The raw audio bytes; null when unset. */
    public byte[] audio() {
        return audio == null ? null : audio.bytes();
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_INPUT_AUDIO_BUFFER_APPEND;
    }

    public Base64Audio getAudio() {
        return audio;
    }

    public TranslationInputAudioBufferAppendEvent setAudio(Base64Audio audio) {
        this.audio = audio;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("audio", audio);
    }
}
