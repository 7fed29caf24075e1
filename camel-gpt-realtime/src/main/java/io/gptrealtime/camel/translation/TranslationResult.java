package io.gptrealtime.camel.translation;

/**
 * What a translation session produced until it closed: the translated audio (24 kHz PCM16 mono), the translated
 * transcript, and the source-language transcript (empty unless input transcription was configured).
 */
public record TranslationResult(byte[] audio, String translatedTranscript, String sourceTranscript) {

    /** Milliseconds of translated audio. */
    public long audioMs() {
        return audio.length / 48L;
    }
}
