package io.gptrealtime.camel.protocol;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Which event class each {@code type} string decodes to, for one family of sessions. Realtime and transcription
 * sessions share {@link #realtime()}; translation sessions reuse some type strings ({@code session.created},
 * {@code session.update}) with other payloads, so they have their own catalog
 * ({@code protocol.translation.TranslationEvents#catalog()}). Immutable and thread-safe.
 */
public final class EventCatalog {

    private final Map<String, Class<? extends ServerEvent>> serverClasses;
    private final Map<String, Class<? extends ClientEvent>> clientClasses;
    /** Readers are built once: creating an ObjectReader per event would cost more than the fast path saves. */
    private final Map<String, ObjectReader> serverReaders;
    private final Map<String, ObjectReader> clientReaders;
    private final String audioAppendType;

    private EventCatalog(Builder b) {
        this.serverClasses = Collections.unmodifiableMap(new LinkedHashMap<>(b.serverClasses));
        this.clientClasses = Collections.unmodifiableMap(new LinkedHashMap<>(b.clientClasses));
        this.audioAppendType = b.audioAppendType;
        Map<String, ObjectReader> server = new HashMap<>();
        serverClasses.forEach((type, cls) -> server.put(type, RealtimeJson.mapper().readerFor(cls)));
        this.serverReaders = server;
        Map<String, ObjectReader> client = new HashMap<>();
        clientClasses.forEach((type, cls) -> client.put(type, RealtimeJson.mapper().readerFor(cls)));
        this.clientReaders = client;
    }

    /** The GA realtime and transcription catalog. */
    public static EventCatalog realtime() {
        return RealtimeCatalog.INSTANCE;
    }

    /**
     * Starts a catalog.
     *
     * @param audioAppendType the client event type that carries input audio in this family
     */
    public static Builder builder(String audioAppendType) {
        return new Builder(audioAppendType);
    }

    public Set<String> serverTypes() {
        return serverClasses.keySet();
    }

    public Set<String> clientTypes() {
        return clientClasses.keySet();
    }

    /** The class a server event of {@code type} decodes to, or null for a type this catalog does not know. */
    public Class<? extends ServerEvent> serverClass(String type) {
        return serverClasses.get(type);
    }

    /** The class a client event of {@code type} decodes to, or null for a type this catalog does not know. */
    public Class<? extends ClientEvent> clientClass(String type) {
        return clientClasses.get(type);
    }

    /** The type of the event that appends input audio. */
    public String audioAppendType() {
        return audioAppendType;
    }

    ObjectReader serverReader(String type) {
        return serverReaders.get(type);
    }

    ObjectReader clientReader(String type) {
        return clientReaders.get(type);
    }

    /** Collects the type-to-class mappings of a catalog. */
    public static final class Builder {

        private final Map<String, Class<? extends ServerEvent>> serverClasses = new LinkedHashMap<>();
        private final Map<String, Class<? extends ClientEvent>> clientClasses = new LinkedHashMap<>();
        private final String audioAppendType;

        private Builder(String audioAppendType) {
            this.audioAppendType = Objects.requireNonNull(audioAppendType, "audioAppendType");
        }

        public Builder server(String type, Class<? extends ServerEvent> eventClass) {
            serverClasses.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(eventClass, "eventClass"));
            return this;
        }

        public Builder client(String type, Class<? extends ClientEvent> eventClass) {
            clientClasses.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(eventClass, "eventClass"));
            return this;
        }

        public EventCatalog build() {
            return new EventCatalog(this);
        }
    }

    /** Built on first use, after every event class can be loaded. */
    private static final class RealtimeCatalog {

        static final EventCatalog INSTANCE = builder(EventTypes.INPUT_AUDIO_BUFFER_APPEND)
                .client(EventTypes.SESSION_UPDATE, SessionUpdateEvent.class)
                .client(EventTypes.INPUT_AUDIO_BUFFER_APPEND, InputAudioBufferAppendEvent.class)
                .client(EventTypes.INPUT_AUDIO_BUFFER_COMMIT, InputAudioBufferCommitEvent.class)
                .client(EventTypes.INPUT_AUDIO_BUFFER_CLEAR, InputAudioBufferClearEvent.class)
                .client(EventTypes.OUTPUT_AUDIO_BUFFER_CLEAR, OutputAudioBufferClearEvent.class)
                .client(EventTypes.CONVERSATION_ITEM_CREATE, ConversationItemCreateEvent.class)
                .client(EventTypes.CONVERSATION_ITEM_RETRIEVE, ConversationItemRetrieveEvent.class)
                .client(EventTypes.CONVERSATION_ITEM_TRUNCATE, ConversationItemTruncateEvent.class)
                .client(EventTypes.CONVERSATION_ITEM_DELETE, ConversationItemDeleteEvent.class)
                .client(EventTypes.RESPONSE_CREATE, ResponseCreateEvent.class)
                .client(EventTypes.RESPONSE_CANCEL, ResponseCancelEvent.class)
                .server(EventTypes.ERROR, ErrorEvent.class)
                .server(EventTypes.SESSION_CREATED, SessionCreatedEvent.class)
                .server(EventTypes.SESSION_UPDATED, SessionUpdatedEvent.class)
                .server(EventTypes.CONVERSATION_CREATED, ConversationCreatedEvent.class)
                .server(EventTypes.CONVERSATION_ITEM_ADDED, ConversationItemAddedEvent.class)
                .server(EventTypes.CONVERSATION_ITEM_DONE, ConversationItemDoneEvent.class)
                .server(EventTypes.CONVERSATION_ITEM_CREATED, ConversationItemCreatedEvent.class)
                .server(EventTypes.CONVERSATION_ITEM_RETRIEVED, ConversationItemRetrievedEvent.class)
                .server(EventTypes.CONVERSATION_ITEM_TRUNCATED, ConversationItemTruncatedEvent.class)
                .server(EventTypes.CONVERSATION_ITEM_DELETED, ConversationItemDeletedEvent.class)
                .server(EventTypes.INPUT_AUDIO_TRANSCRIPTION_DELTA, InputAudioTranscriptionDeltaEvent.class)
                .server(EventTypes.INPUT_AUDIO_TRANSCRIPTION_COMPLETED, InputAudioTranscriptionCompletedEvent.class)
                .server(EventTypes.INPUT_AUDIO_TRANSCRIPTION_FAILED, InputAudioTranscriptionFailedEvent.class)
                .server(EventTypes.INPUT_AUDIO_TRANSCRIPTION_SEGMENT, InputAudioTranscriptionSegmentEvent.class)
                .server(EventTypes.INPUT_AUDIO_BUFFER_COMMITTED, InputAudioBufferCommittedEvent.class)
                .server(EventTypes.INPUT_AUDIO_BUFFER_CLEARED, InputAudioBufferClearedEvent.class)
                .server(EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED, InputAudioBufferSpeechStartedEvent.class)
                .server(EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STOPPED, InputAudioBufferSpeechStoppedEvent.class)
                .server(EventTypes.INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED, InputAudioBufferTimeoutTriggeredEvent.class)
                .server(EventTypes.INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED,
                        InputAudioBufferDtmfEventReceivedEvent.class)
                .server(EventTypes.OUTPUT_AUDIO_BUFFER_STARTED, OutputAudioBufferStartedEvent.class)
                .server(EventTypes.OUTPUT_AUDIO_BUFFER_STOPPED, OutputAudioBufferStoppedEvent.class)
                .server(EventTypes.OUTPUT_AUDIO_BUFFER_CLEARED, OutputAudioBufferClearedEvent.class)
                .server(EventTypes.RESPONSE_CREATED, ResponseCreatedEvent.class)
                .server(EventTypes.RESPONSE_DONE, ResponseDoneEvent.class)
                .server(EventTypes.RATE_LIMITS_UPDATED, RateLimitsUpdatedEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_ITEM_ADDED, ResponseOutputItemAddedEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_ITEM_DONE, ResponseOutputItemDoneEvent.class)
                .server(EventTypes.RESPONSE_CONTENT_PART_ADDED, ResponseContentPartAddedEvent.class)
                .server(EventTypes.RESPONSE_CONTENT_PART_DONE, ResponseContentPartDoneEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_TEXT_DELTA, ResponseOutputTextDeltaEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_TEXT_DONE, ResponseOutputTextDoneEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA, ResponseOutputAudioDeltaEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_AUDIO_DONE, ResponseOutputAudioDoneEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA,
                        ResponseOutputAudioTranscriptDeltaEvent.class)
                .server(EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE, ResponseOutputAudioTranscriptDoneEvent.class)
                .server(EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA,
                        ResponseFunctionCallArgumentsDeltaEvent.class)
                .server(EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE, ResponseFunctionCallArgumentsDoneEvent.class)
                .server(EventTypes.RESPONSE_MCP_CALL_ARGUMENTS_DELTA, ResponseMcpCallArgumentsDeltaEvent.class)
                .server(EventTypes.RESPONSE_MCP_CALL_ARGUMENTS_DONE, ResponseMcpCallArgumentsDoneEvent.class)
                .server(EventTypes.RESPONSE_MCP_CALL_IN_PROGRESS, ResponseMcpCallInProgressEvent.class)
                .server(EventTypes.RESPONSE_MCP_CALL_COMPLETED, ResponseMcpCallCompletedEvent.class)
                .server(EventTypes.RESPONSE_MCP_CALL_FAILED, ResponseMcpCallFailedEvent.class)
                .server(EventTypes.MCP_LIST_TOOLS_IN_PROGRESS, McpListToolsInProgressEvent.class)
                .server(EventTypes.MCP_LIST_TOOLS_COMPLETED, McpListToolsCompletedEvent.class)
                .server(EventTypes.MCP_LIST_TOOLS_FAILED, McpListToolsFailedEvent.class)
                .build();
    }
}
