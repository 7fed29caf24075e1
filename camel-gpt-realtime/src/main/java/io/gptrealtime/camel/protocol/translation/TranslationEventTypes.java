package io.gptrealtime.camel.protocol.translation;

import java.util.Set;

/**
 * The {@code type} strings of translation sessions ({@code /v1/realtime/translations}). Some equal realtime types
 * ({@code session.update}, {@code session.created}, {@code error}) but carry a translation session, which is why
 * translation has its own {@link TranslationEvents#catalog() catalog}.
 */
public final class TranslationEventTypes {

    public static final String SESSION_UPDATE = "session.update";
    /** 24 kHz PCM16 mono; the engine works in 200 ms frames. */
    public static final String SESSION_INPUT_AUDIO_BUFFER_APPEND = "session.input_audio_buffer.append";
    /** Graceful close: pending input is flushed, then {@link #SESSION_CLOSED} arrives. */
    public static final String SESSION_CLOSE = "session.close";

    public static final String SESSION_CREATED = "session.created";
    public static final String SESSION_UPDATED = "session.updated";
    /** Terminal. */
    public static final String SESSION_CLOSED = "session.closed";
    /** Source-language text; only when input transcription is configured. */
    public static final String SESSION_INPUT_TRANSCRIPT_DELTA = "session.input_transcript.delta";
    public static final String SESSION_OUTPUT_TRANSCRIPT_DELTA = "session.output_transcript.delta";
    public static final String SESSION_OUTPUT_AUDIO_DELTA = "session.output_audio.delta";
    public static final String ERROR = "error";

    /** The members of {@code RealtimeTranslationClientEvent}. */
    public static final Set<String> CLIENT_TYPES = Set.of(SESSION_UPDATE, SESSION_INPUT_AUDIO_BUFFER_APPEND,
            SESSION_CLOSE);

    /** The members of {@code RealtimeTranslationServerEvent}. */
    public static final Set<String> SERVER_TYPES = Set.of(ERROR, SESSION_CREATED, SESSION_UPDATED, SESSION_CLOSED,
            SESSION_INPUT_TRANSCRIPT_DELTA, SESSION_OUTPUT_TRANSCRIPT_DELTA, SESSION_OUTPUT_AUDIO_DELTA);

    private TranslationEventTypes() {
    }
}
