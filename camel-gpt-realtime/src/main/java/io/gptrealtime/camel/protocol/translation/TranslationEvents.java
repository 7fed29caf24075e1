package io.gptrealtime.camel.protocol.translation;

import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.EventCatalog;
import io.gptrealtime.camel.protocol.RealtimeEventCodec;

/**
 * Entry points for translation sessions: the catalog that maps translation event types to their classes, and a codec
 * built on it. {@code codec().encodeAudioAppend(...)} writes {@code session.input_audio_buffer.append}.
 */
public final class TranslationEvents {

    private TranslationEvents() {
    }

    /** The translation catalog. */
    public static EventCatalog catalog() {
        return Shared.CATALOG;
    }

    /** The shared codec for translation sessions. */
    public static RealtimeEventCodec codec() {
        return Shared.CODEC;
    }

    private static final class Shared {

        static final EventCatalog CATALOG = EventCatalog
                .builder(TranslationEventTypes.SESSION_INPUT_AUDIO_BUFFER_APPEND)
                .client(TranslationEventTypes.SESSION_UPDATE, TranslationSessionUpdateEvent.class)
                .client(TranslationEventTypes.SESSION_INPUT_AUDIO_BUFFER_APPEND,
                        TranslationInputAudioBufferAppendEvent.class)
                .client(TranslationEventTypes.SESSION_CLOSE, TranslationSessionCloseEvent.class)
                .server(TranslationEventTypes.ERROR, ErrorEvent.class)
                .server(TranslationEventTypes.SESSION_CREATED, TranslationSessionCreatedEvent.class)
                .server(TranslationEventTypes.SESSION_UPDATED, TranslationSessionUpdatedEvent.class)
                .server(TranslationEventTypes.SESSION_CLOSED, TranslationSessionClosedEvent.class)
                .server(TranslationEventTypes.SESSION_INPUT_TRANSCRIPT_DELTA,
                        TranslationInputTranscriptDeltaEvent.class)
                .server(TranslationEventTypes.SESSION_OUTPUT_TRANSCRIPT_DELTA,
                        TranslationOutputTranscriptDeltaEvent.class)
                .server(TranslationEventTypes.SESSION_OUTPUT_AUDIO_DELTA, TranslationOutputAudioDeltaEvent.class)
                .build();

        static final RealtimeEventCodec CODEC = new RealtimeEventCodec(CATALOG);
    }
}
