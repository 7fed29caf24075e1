package io.gptrealtime.camel.protocol.translation;

/**
 * Source-language text ({@code session.input_transcript.delta}); only when input transcription is configured.
 */
public final class TranslationInputTranscriptDeltaEvent extends TranslationTranscriptDeltaEvent {

    public TranslationInputTranscriptDeltaEvent() {
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_INPUT_TRANSCRIPT_DELTA;
    }
}
