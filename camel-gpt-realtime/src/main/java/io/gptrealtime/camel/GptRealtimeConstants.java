package io.gptrealtime.camel;

import org.apache.camel.spi.Metadata;

/**
 * Camel message headers of the gpt-realtime component.
 */
public final class GptRealtimeConstants {

    @Metadata(label = "common", description = "The key of the conversation (session) of the agent. Producers open the session"
                                               + " on first use; consumers receive it on every event.",
              javaType = "String", important = true)
    public static final String SESSION_KEY = "CamelGptRealtimeSessionKey";
    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's operation option.",
              javaType = "io.gptrealtime.camel.GptRealtimeOperation", important = true)
    public static final String OPERATION = "CamelGptRealtimeOperation";
    @Metadata(label = "producer", description = "The format of raw (headerless) audio in the body: audio/pcm (24 kHz PCM16),"
                                                 + " audio/pcmu, audio/pcma, or pcm16;rate=N for PCM16 at another rate."
                                                 + " WAV bodies are detected and need no header.",
              javaType = "String")
    public static final String AUDIO_FORMAT = "CamelGptRealtimeAudioFormat";

    @Metadata(label = "consumer", description = "The server event type, e.g. response.output_audio_transcript.done.",
              javaType = "String", important = true)
    public static final String EVENT_TYPE = "CamelGptRealtimeEventType";
    @Metadata(label = "consumer", description = "The server event id.", javaType = "String")
    public static final String EVENT_ID = "CamelGptRealtimeEventId";
    @Metadata(label = "consumer", description = "The OpenAI session id (sess_...).", javaType = "String")
    public static final String SESSION_ID = "CamelGptRealtimeSessionId";
    @Metadata(description = "The response id (resp_...) the event belongs to.", javaType = "String")
    public static final String RESPONSE_ID = "CamelGptRealtimeResponseId";
    @Metadata(description = "The conversation item id. For the truncate operation: the assistant item to truncate.",
              javaType = "String")
    public static final String ITEM_ID = "CamelGptRealtimeItemId";
    @Metadata(label = "consumer", description = "The output index of the item in its response.", javaType = "Integer")
    public static final String OUTPUT_INDEX = "CamelGptRealtimeOutputIndex";
    @Metadata(description = "The content index within the item.", javaType = "Integer")
    public static final String CONTENT_INDEX = "CamelGptRealtimeContentIndex";
    @Metadata(label = "consumer", description = "The function call id of a function call event.", javaType = "String")
    public static final String CALL_ID = "CamelGptRealtimeCallId";
    @Metadata(label = "consumer", description = "The name of the function the model calls.", javaType = "String")
    public static final String TOOL_NAME = "CamelGptRealtimeToolName";
    @Metadata(description = "The user's transcript: of the committed user item (consumer) or of the whole turn (turn operation).",
              javaType = "String", important = true)
    public static final String USER_TRANSCRIPT = "CamelGptRealtimeUserTranscript";
    @Metadata(description = "The assistant's transcript (audio transcript or output text) of the response.",
              javaType = "String", important = true)
    public static final String ASSISTANT_TRANSCRIPT = "CamelGptRealtimeAssistantTranscript";
    @Metadata(description = "The status of a finished response: completed, cancelled, failed or incomplete.",
              javaType = "String")
    public static final String RESPONSE_STATUS = "CamelGptRealtimeResponseStatus";
    @Metadata(description = "Audio milliseconds: audio_start_ms/audio_end_ms of VAD events, the duration of audio"
                            + " in the body, or the truncation point (truncate operation).",
              javaType = "Long")
    public static final String AUDIO_MS = "CamelGptRealtimeAudioMs";
    @Metadata(label = "consumer", description = "The error code of an error event (e.g. invalid_value).", javaType = "String")
    public static final String ERROR_CODE = "CamelGptRealtimeErrorCode";
    @Metadata(label = "consumer", description = "The error type of an error event (e.g. invalid_request_error).",
              javaType = "String")
    public static final String ERROR_TYPE = "CamelGptRealtimeErrorType";
    @Metadata(label = "consumer", description = "The raw JSON of the server event.", javaType = "String")
    public static final String RAW_EVENT = "CamelGptRealtimeRawEvent";
    @Metadata(label = "consumer", description = "The close code of a closed session (1000 on a normal close).",
              javaType = "Integer")
    public static final String CLOSE_CODE = "CamelGptRealtimeCloseCode";
    @Metadata(label = "consumer", description = "The close reason of a closed session.", javaType = "String")
    public static final String CLOSE_REASON = "CamelGptRealtimeCloseReason";

    @Metadata(description = "Total tokens of the response (response.done usage).", javaType = "Integer")
    public static final String TOTAL_TOKENS = "CamelGptRealtimeTotalTokens";
    @Metadata(description = "Input tokens of the response.", javaType = "Integer")
    public static final String INPUT_TOKENS = "CamelGptRealtimeInputTokens";
    @Metadata(description = "Output tokens of the response.", javaType = "Integer")
    public static final String OUTPUT_TOKENS = "CamelGptRealtimeOutputTokens";
    @Metadata(description = "Input text tokens of the response.", javaType = "Integer")
    public static final String INPUT_TEXT_TOKENS = "CamelGptRealtimeInputTextTokens";
    @Metadata(description = "Input audio tokens of the response.", javaType = "Integer")
    public static final String INPUT_AUDIO_TOKENS = "CamelGptRealtimeInputAudioTokens";
    @Metadata(description = "Input image tokens of the response.", javaType = "Integer")
    public static final String INPUT_IMAGE_TOKENS = "CamelGptRealtimeInputImageTokens";
    @Metadata(description = "Cached input tokens of the response (a subset of the input tokens).", javaType = "Integer")
    public static final String CACHED_TOKENS = "CamelGptRealtimeCachedTokens";
    @Metadata(description = "Output text tokens of the response.", javaType = "Integer")
    public static final String OUTPUT_TEXT_TOKENS = "CamelGptRealtimeOutputTextTokens";
    @Metadata(description = "Output audio tokens of the response.", javaType = "Integer")
    public static final String OUTPUT_AUDIO_TOKENS = "CamelGptRealtimeOutputAudioTokens";

    private GptRealtimeConstants() {
    }
}
