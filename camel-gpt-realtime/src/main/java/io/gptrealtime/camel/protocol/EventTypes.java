package io.gptrealtime.camel.protocol;

import java.util.Set;

/**
 * The {@code type} strings of the GA Realtime protocol (realtime and transcription sessions). Translation sessions
 * have their own set in {@code protocol.translation.TranslationEventTypes}.
 */
public final class EventTypes {

    // ------------------------------------------------------------------------------------------- client events

    public static final String SESSION_UPDATE = "session.update";
    public static final String INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append";
    public static final String INPUT_AUDIO_BUFFER_COMMIT = "input_audio_buffer.commit";
    public static final String INPUT_AUDIO_BUFFER_CLEAR = "input_audio_buffer.clear";
    /** WebRTC and SIP only. */
    public static final String OUTPUT_AUDIO_BUFFER_CLEAR = "output_audio_buffer.clear";
    public static final String CONVERSATION_ITEM_CREATE = "conversation.item.create";
    public static final String CONVERSATION_ITEM_RETRIEVE = "conversation.item.retrieve";
    public static final String CONVERSATION_ITEM_TRUNCATE = "conversation.item.truncate";
    public static final String CONVERSATION_ITEM_DELETE = "conversation.item.delete";
    public static final String RESPONSE_CREATE = "response.create";
    public static final String RESPONSE_CANCEL = "response.cancel";

    // ------------------------------------------------------------------------------------------- server events

    public static final String ERROR = "error";
    public static final String SESSION_CREATED = "session.created";
    public static final String SESSION_UPDATED = "session.updated";
    public static final String CONVERSATION_CREATED = "conversation.created";
    public static final String CONVERSATION_ITEM_ADDED = "conversation.item.added";
    public static final String CONVERSATION_ITEM_DONE = "conversation.item.done";
    /** Still in the GA union, with beta-era wording; GA clients key off added and done. */
    public static final String CONVERSATION_ITEM_CREATED = "conversation.item.created";
    public static final String CONVERSATION_ITEM_RETRIEVED = "conversation.item.retrieved";
    public static final String CONVERSATION_ITEM_TRUNCATED = "conversation.item.truncated";
    public static final String CONVERSATION_ITEM_DELETED = "conversation.item.deleted";
    public static final String INPUT_AUDIO_TRANSCRIPTION_DELTA = "conversation.item.input_audio_transcription.delta";
    public static final String INPUT_AUDIO_TRANSCRIPTION_COMPLETED =
            "conversation.item.input_audio_transcription.completed";
    public static final String INPUT_AUDIO_TRANSCRIPTION_FAILED = "conversation.item.input_audio_transcription.failed";
    /** Diarized segments ({@code gpt-4o-transcribe-diarize}). */
    public static final String INPUT_AUDIO_TRANSCRIPTION_SEGMENT =
            "conversation.item.input_audio_transcription.segment";
    public static final String INPUT_AUDIO_BUFFER_COMMITTED = "input_audio_buffer.committed";
    public static final String INPUT_AUDIO_BUFFER_CLEARED = "input_audio_buffer.cleared";
    public static final String INPUT_AUDIO_BUFFER_SPEECH_STARTED = "input_audio_buffer.speech_started";
    public static final String INPUT_AUDIO_BUFFER_SPEECH_STOPPED = "input_audio_buffer.speech_stopped";
    /** Fired when server VAD's {@code idle_timeout_ms} expires. */
    public static final String INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED = "input_audio_buffer.timeout_triggered";
    /** SIP only; the one server event without an {@code event_id}. */
    public static final String INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED = "input_audio_buffer.dtmf_event_received";
    /** WebRTC and SIP only. */
    public static final String OUTPUT_AUDIO_BUFFER_STARTED = "output_audio_buffer.started";
    /** WebRTC and SIP only. */
    public static final String OUTPUT_AUDIO_BUFFER_STOPPED = "output_audio_buffer.stopped";
    /** WebRTC and SIP only. */
    public static final String OUTPUT_AUDIO_BUFFER_CLEARED = "output_audio_buffer.cleared";
    public static final String RESPONSE_CREATED = "response.created";
    public static final String RESPONSE_DONE = "response.done";
    public static final String RATE_LIMITS_UPDATED = "rate_limits.updated";
    public static final String RESPONSE_OUTPUT_ITEM_ADDED = "response.output_item.added";
    public static final String RESPONSE_OUTPUT_ITEM_DONE = "response.output_item.done";
    public static final String RESPONSE_CONTENT_PART_ADDED = "response.content_part.added";
    public static final String RESPONSE_CONTENT_PART_DONE = "response.content_part.done";
    public static final String RESPONSE_OUTPUT_TEXT_DELTA = "response.output_text.delta";
    public static final String RESPONSE_OUTPUT_TEXT_DONE = "response.output_text.done";
    public static final String RESPONSE_OUTPUT_AUDIO_DELTA = "response.output_audio.delta";
    public static final String RESPONSE_OUTPUT_AUDIO_DONE = "response.output_audio.done";
    public static final String RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA = "response.output_audio_transcript.delta";
    public static final String RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE = "response.output_audio_transcript.done";
    public static final String RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA = "response.function_call_arguments.delta";
    public static final String RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE = "response.function_call_arguments.done";
    public static final String RESPONSE_MCP_CALL_ARGUMENTS_DELTA = "response.mcp_call_arguments.delta";
    public static final String RESPONSE_MCP_CALL_ARGUMENTS_DONE = "response.mcp_call_arguments.done";
    public static final String RESPONSE_MCP_CALL_IN_PROGRESS = "response.mcp_call.in_progress";
    public static final String RESPONSE_MCP_CALL_COMPLETED = "response.mcp_call.completed";
    public static final String RESPONSE_MCP_CALL_FAILED = "response.mcp_call.failed";
    public static final String MCP_LIST_TOOLS_IN_PROGRESS = "mcp_list_tools.in_progress";
    public static final String MCP_LIST_TOOLS_COMPLETED = "mcp_list_tools.completed";
    public static final String MCP_LIST_TOOLS_FAILED = "mcp_list_tools.failed";

    /** The 11 members of the GA {@code RealtimeClientEvent} union. */
    public static final Set<String> CLIENT_TYPES = Set.of(SESSION_UPDATE, INPUT_AUDIO_BUFFER_APPEND,
            INPUT_AUDIO_BUFFER_COMMIT, INPUT_AUDIO_BUFFER_CLEAR, OUTPUT_AUDIO_BUFFER_CLEAR, CONVERSATION_ITEM_CREATE,
            CONVERSATION_ITEM_RETRIEVE, CONVERSATION_ITEM_TRUNCATE, CONVERSATION_ITEM_DELETE, RESPONSE_CREATE,
            RESPONSE_CANCEL);

    /** The 46 members of the GA {@code RealtimeServerEvent} union. */
    public static final Set<String> SERVER_TYPES = Set.of(ERROR, SESSION_CREATED, SESSION_UPDATED,
            CONVERSATION_CREATED, CONVERSATION_ITEM_ADDED, CONVERSATION_ITEM_DONE, CONVERSATION_ITEM_CREATED,
            CONVERSATION_ITEM_RETRIEVED, CONVERSATION_ITEM_TRUNCATED, CONVERSATION_ITEM_DELETED,
            INPUT_AUDIO_TRANSCRIPTION_DELTA, INPUT_AUDIO_TRANSCRIPTION_COMPLETED, INPUT_AUDIO_TRANSCRIPTION_FAILED,
            INPUT_AUDIO_TRANSCRIPTION_SEGMENT, INPUT_AUDIO_BUFFER_COMMITTED, INPUT_AUDIO_BUFFER_CLEARED,
            INPUT_AUDIO_BUFFER_SPEECH_STARTED, INPUT_AUDIO_BUFFER_SPEECH_STOPPED, INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED,
            INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED, OUTPUT_AUDIO_BUFFER_STARTED, OUTPUT_AUDIO_BUFFER_STOPPED,
            OUTPUT_AUDIO_BUFFER_CLEARED, RESPONSE_CREATED, RESPONSE_DONE, RATE_LIMITS_UPDATED,
            RESPONSE_OUTPUT_ITEM_ADDED, RESPONSE_OUTPUT_ITEM_DONE, RESPONSE_CONTENT_PART_ADDED,
            RESPONSE_CONTENT_PART_DONE, RESPONSE_OUTPUT_TEXT_DELTA, RESPONSE_OUTPUT_TEXT_DONE,
            RESPONSE_OUTPUT_AUDIO_DELTA, RESPONSE_OUTPUT_AUDIO_DONE, RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA,
            RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE, RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA,
            RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE, RESPONSE_MCP_CALL_ARGUMENTS_DELTA, RESPONSE_MCP_CALL_ARGUMENTS_DONE,
            RESPONSE_MCP_CALL_IN_PROGRESS, RESPONSE_MCP_CALL_COMPLETED, RESPONSE_MCP_CALL_FAILED,
            MCP_LIST_TOOLS_IN_PROGRESS, MCP_LIST_TOOLS_COMPLETED, MCP_LIST_TOOLS_FAILED);

    private EventTypes() {
    }

    public static boolean isClientType(String type) {
        return type != null && CLIENT_TYPES.contains(type);
    }

    public static boolean isServerType(String type) {
        return type != null && SERVER_TYPES.contains(type);
    }
}
