package io.gptrealtime.camel.protocol.translation;

/**
 * Target-language text of the translated audio ({@code session.output_transcript.delta}).
 */
public final class TranslationOutputTranscriptDeltaEvent extends TranslationTranscriptDeltaEvent {

    public TranslationOutputTranscriptDeltaEvent() {
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_OUTPUT_TRANSCRIPT_DELTA;
    }
}
