package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Factory of server event JSON, one method per event type, shaped after the {@code RealtimeServerEvent*} schemas of
 * {@code spec/openai-openapi.yaml}. Every event gets a fresh {@code event_…} id.
 *
 * <p>Nulls: the live service sends {@code null} in a few places whose schema does not allow null (for example
 * {@code response.status_details} and {@code response.usage} on {@code response.created}, an audio item's
 * {@code transcript} before transcription, {@code session.include}). By default the simulator omits such fields so
 * that every event validates against the spec; {@link SimulatorBuilder#wireNulls(boolean)} makes it send the nulls
 * the way the wire does. Fields whose schema allows null (e.g. {@code previous_item_id}, {@code metadata},
 * {@code turn_detection}) are always sent as null.
 */
public final class ServerEvents {

    /** Every {@code type} the simulator can send (raw-JSON fault injection aside). */
    public static final Set<String> SERVER_EVENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "error",
            "session.created",
            "session.updated",
            "conversation.created",
            "conversation.item.added",
            "conversation.item.done",
            "conversation.item.retrieved",
            "conversation.item.truncated",
            "conversation.item.deleted",
            "conversation.item.input_audio_transcription.delta",
            "conversation.item.input_audio_transcription.completed",
            "conversation.item.input_audio_transcription.failed",
            "input_audio_buffer.committed",
            "input_audio_buffer.cleared",
            "input_audio_buffer.speech_started",
            "input_audio_buffer.speech_stopped",
            "input_audio_buffer.timeout_triggered",
            "response.created",
            "rate_limits.updated",
            "response.output_item.added",
            "response.output_item.done",
            "response.content_part.added",
            "response.content_part.done",
            "response.output_text.delta",
            "response.output_text.done",
            "response.output_audio.delta",
            "response.output_audio.done",
            "response.output_audio_transcript.delta",
            "response.output_audio_transcript.done",
            "response.function_call_arguments.delta",
            "response.function_call_arguments.done",
            "response.done",
            "response.mcp_call_arguments.delta",
            "response.mcp_call_arguments.done",
            "response.mcp_call.in_progress",
            "response.mcp_call.completed",
            "response.mcp_call.failed",
            "mcp_list_tools.in_progress",
            "mcp_list_tools.completed",
            "mcp_list_tools.failed",
            "input_audio_buffer.dtmf_event_received")));

    /** The SIP subset of {@link #SERVER_EVENT_TYPES}: sent only on the sideband connection of a SIP call. */
    public static final Set<String> SIP_EVENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "input_audio_buffer.dtmf_event_received")));

    /** The MCP subset of {@link #SERVER_EVENT_TYPES}: sent only for MCP tools and MCP reply items. */
    public static final Set<String> MCP_EVENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "response.mcp_call_arguments.delta",
            "response.mcp_call_arguments.done",
            "response.mcp_call.in_progress",
            "response.mcp_call.completed",
            "response.mcp_call.failed",
            "mcp_list_tools.in_progress",
            "mcp_list_tools.completed",
            "mcp_list_tools.failed")));

    /** Owned by the session's event loop (draws ids). */
    private final Ids ids;
    private final boolean wireNulls;

    ServerEvents(Ids ids, boolean wireNulls) {
        this.ids = ids;
        this.wireNulls = wireNulls;
    }

    boolean wireNulls() {
        return wireNulls;
    }

    /**
     * Puts a value that may be null into a field whose schema does not allow null: null is omitted unless the
     * simulator is in wire-null mode.
     */
    void putNonSchemaNullable(ObjectNode target, String field, JsonNode value) {
        if (value != null && !value.isNull()) {
            target.set(field, value);
        } else if (wireNulls) {
            target.putNull(field);
        }
    }

    private ObjectNode event(String type) {
        ObjectNode node = Json.object();
        node.put("type", type);
        node.put("event_id", ids.event());
        return node;
    }

    private static void putNullableString(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    // ---- errors --------------------------------------------------------------------------------------------

    ObjectNode error(String type, String code, String message, String param, String clientEventId) {
        ObjectNode event = event("error");
        ObjectNode error = event.putObject("error");
        error.put("type", type);
        putNullableString(error, "code", code);
        error.put("message", message);
        putNullableString(error, "param", param);
        putNullableString(error, "event_id", clientEventId);
        return event;
    }

    ObjectNode error(RealtimeError e, String clientEventId) {
        return error(e.type(), e.code(), e.getMessage(), e.param(), clientEventId);
    }

    // ---- session and conversation ------------------------------------------------------------------------

    ObjectNode sessionCreated(ObjectNode sessionView) {
        ObjectNode event = event("session.created");
        event.set("session", sessionView);
        return event;
    }

    ObjectNode sessionUpdated(ObjectNode sessionView) {
        ObjectNode event = event("session.updated");
        event.set("session", sessionView);
        return event;
    }

    // ---- translation sessions ----------------------------------------------------------------------------

    /** Every server event type a translation session can send (the spec's RealtimeTranslationServerEvent union). */
    public static final Set<String> TRANSLATION_EVENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "error", "session.created", "session.updated", "session.closed", "session.input_transcript.delta",
            "session.output_transcript.delta", "session.output_audio.delta")));

    ObjectNode sessionClosed() {
        return event("session.closed");
    }

    /** {@code session.input_transcript.delta} or {@code session.output_transcript.delta}. */
    ObjectNode translationTranscriptDelta(String type, String delta, long elapsedMs) {
        ObjectNode event = event(type);
        event.put("delta", delta);
        event.put("elapsed_ms", elapsedMs);
        return event;
    }

    ObjectNode translationAudioDelta(byte[] pcm16, long elapsedMs) {
        ObjectNode event = event("session.output_audio.delta");
        event.put("delta", java.util.Base64.getEncoder().encodeToString(pcm16));
        event.put("sample_rate", 24_000);
        event.put("channels", 1);
        event.put("format", "pcm16");
        event.put("elapsed_ms", elapsedMs);
        return event;
    }

    ObjectNode conversationCreated(String conversationId) {
        ObjectNode event = event("conversation.created");
        ObjectNode conversation = event.putObject("conversation");
        conversation.put("id", conversationId);
        conversation.put("object", "realtime.conversation");
        return event;
    }

    ObjectNode itemAdded(String previousItemId, ObjectNode item) {
        ObjectNode event = event("conversation.item.added");
        putNullableString(event, "previous_item_id", previousItemId);
        event.set("item", item);
        return event;
    }

    ObjectNode itemDone(String previousItemId, ObjectNode item) {
        ObjectNode event = event("conversation.item.done");
        putNullableString(event, "previous_item_id", previousItemId);
        event.set("item", item);
        return event;
    }

    ObjectNode itemRetrieved(ObjectNode item) {
        ObjectNode event = event("conversation.item.retrieved");
        event.set("item", item);
        return event;
    }

    ObjectNode itemTruncated(String itemId, int contentIndex, long audioEndMs) {
        ObjectNode event = event("conversation.item.truncated");
        event.put("item_id", itemId);
        event.put("content_index", contentIndex);
        event.put("audio_end_ms", audioEndMs);
        return event;
    }

    ObjectNode itemDeleted(String itemId) {
        ObjectNode event = event("conversation.item.deleted");
        event.put("item_id", itemId);
        return event;
    }

    // ---- input transcription -----------------------------------------------------------------------------

    ObjectNode transcriptionDelta(String itemId, int contentIndex, String delta) {
        ObjectNode event = event("conversation.item.input_audio_transcription.delta");
        event.put("item_id", itemId);
        event.put("content_index", contentIndex);
        event.put("delta", delta);
        return event;
    }

    ObjectNode transcriptionCompleted(String itemId, int contentIndex, String transcript, ObjectNode usage) {
        ObjectNode event = event("conversation.item.input_audio_transcription.completed");
        event.put("item_id", itemId);
        event.put("content_index", contentIndex);
        event.put("transcript", transcript);
        event.set("usage", usage);
        return event;
    }

    ObjectNode transcriptionFailed(String itemId, int contentIndex, String code, String message) {
        ObjectNode event = event("conversation.item.input_audio_transcription.failed");
        event.put("item_id", itemId);
        event.put("content_index", contentIndex);
        ObjectNode error = event.putObject("error");
        error.put("type", "transcription_error");
        error.put("code", code);
        error.put("message", message);
        return event;
    }

    // ---- input audio buffer ------------------------------------------------------------------------------

    ObjectNode committed(String previousItemId, String itemId) {
        ObjectNode event = event("input_audio_buffer.committed");
        putNullableString(event, "previous_item_id", previousItemId);
        event.put("item_id", itemId);
        return event;
    }

    ObjectNode cleared() {
        return event("input_audio_buffer.cleared");
    }

    /** A key the caller of a SIP call pressed; this event has no event_id (as the service sends it). */
    ObjectNode dtmfReceived(String key, long receivedAt) {
        ObjectNode event = Json.object();
        event.put("type", "input_audio_buffer.dtmf_event_received");
        event.put("event", key);
        event.put("received_at", receivedAt);
        return event;
    }

    ObjectNode speechStarted(long audioStartMs, String itemId) {
        ObjectNode event = event("input_audio_buffer.speech_started");
        event.put("audio_start_ms", audioStartMs);
        event.put("item_id", itemId);
        return event;
    }

    ObjectNode speechStopped(long audioEndMs, String itemId) {
        ObjectNode event = event("input_audio_buffer.speech_stopped");
        event.put("audio_end_ms", audioEndMs);
        event.put("item_id", itemId);
        return event;
    }

    ObjectNode timeoutTriggered(long audioStartMs, long audioEndMs, String itemId) {
        ObjectNode event = event("input_audio_buffer.timeout_triggered");
        event.put("audio_start_ms", audioStartMs);
        event.put("audio_end_ms", audioEndMs);
        event.put("item_id", itemId);
        return event;
    }

    // ---- responses ---------------------------------------------------------------------------------------

    ObjectNode responseCreated(ObjectNode response) {
        ObjectNode event = event("response.created");
        event.set("response", response);
        return event;
    }

    ObjectNode responseDone(ObjectNode response) {
        ObjectNode event = event("response.done");
        event.set("response", response);
        return event;
    }

    ObjectNode rateLimitsUpdated(long requestsLimit, long requestsRemaining, long tokensLimit, long tokensRemaining) {
        ObjectNode event = event("rate_limits.updated");
        ArrayNode limits = event.putArray("rate_limits");
        ObjectNode requests = limits.addObject();
        requests.put("name", "requests");
        requests.put("limit", requestsLimit);
        requests.put("remaining", requestsRemaining);
        requests.put("reset_seconds", 60);
        ObjectNode tokens = limits.addObject();
        tokens.put("name", "tokens");
        tokens.put("limit", tokensLimit);
        tokens.put("remaining", tokensRemaining);
        tokens.put("reset_seconds", 60);
        return event;
    }

    ObjectNode outputItemAdded(String responseId, int outputIndex, ObjectNode item) {
        ObjectNode event = event("response.output_item.added");
        event.put("response_id", responseId);
        event.put("output_index", outputIndex);
        event.set("item", item);
        return event;
    }

    ObjectNode outputItemDone(String responseId, int outputIndex, ObjectNode item) {
        ObjectNode event = event("response.output_item.done");
        event.put("response_id", responseId);
        event.put("output_index", outputIndex);
        event.set("item", item);
        return event;
    }

    private ObjectNode contentScoped(String type, String responseId, String itemId, int outputIndex, int contentIndex) {
        ObjectNode event = event(type);
        event.put("response_id", responseId);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        event.put("content_index", contentIndex);
        return event;
    }

    ObjectNode contentPartAdded(String responseId, String itemId, int outputIndex, int contentIndex, ObjectNode part) {
        ObjectNode event = contentScoped("response.content_part.added", responseId, itemId, outputIndex, contentIndex);
        event.set("part", part);
        return event;
    }

    ObjectNode contentPartDone(String responseId, String itemId, int outputIndex, int contentIndex, ObjectNode part) {
        ObjectNode event = contentScoped("response.content_part.done", responseId, itemId, outputIndex, contentIndex);
        event.set("part", part);
        return event;
    }

    ObjectNode textDelta(String responseId, String itemId, int outputIndex, int contentIndex, String delta) {
        ObjectNode event = contentScoped("response.output_text.delta", responseId, itemId, outputIndex, contentIndex);
        event.put("delta", delta);
        return event;
    }

    ObjectNode textDone(String responseId, String itemId, int outputIndex, int contentIndex, String text) {
        ObjectNode event = contentScoped("response.output_text.done", responseId, itemId, outputIndex, contentIndex);
        event.put("text", text);
        return event;
    }

    ObjectNode audioDelta(String responseId, String itemId, int outputIndex, int contentIndex, String base64) {
        ObjectNode event = contentScoped("response.output_audio.delta", responseId, itemId, outputIndex, contentIndex);
        event.put("delta", base64);
        return event;
    }

    ObjectNode audioDone(String responseId, String itemId, int outputIndex, int contentIndex) {
        return contentScoped("response.output_audio.done", responseId, itemId, outputIndex, contentIndex);
    }

    ObjectNode audioTranscriptDelta(String responseId, String itemId, int outputIndex, int contentIndex, String delta) {
        ObjectNode event = contentScoped("response.output_audio_transcript.delta", responseId, itemId, outputIndex,
                contentIndex);
        event.put("delta", delta);
        return event;
    }

    ObjectNode audioTranscriptDone(String responseId, String itemId, int outputIndex, int contentIndex,
                                   String transcript) {
        ObjectNode event = contentScoped("response.output_audio_transcript.done", responseId, itemId, outputIndex,
                contentIndex);
        event.put("transcript", transcript);
        return event;
    }

    ObjectNode functionArgumentsDelta(String responseId, String itemId, int outputIndex, String callId, String delta) {
        ObjectNode event = event("response.function_call_arguments.delta");
        event.put("response_id", responseId);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        event.put("call_id", callId);
        event.put("delta", delta);
        return event;
    }

    ObjectNode functionArgumentsDone(String responseId, String itemId, int outputIndex, String callId, String name,
                                     String arguments) {
        ObjectNode event = event("response.function_call_arguments.done");
        event.put("response_id", responseId);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        event.put("call_id", callId);
        event.put("name", name);
        event.put("arguments", arguments);
        return event;
    }

    // ---- MCP -----------------------------------------------------------------------------------------------

    ObjectNode mcpArgumentsDelta(String responseId, String itemId, int outputIndex, String delta) {
        ObjectNode event = event("response.mcp_call_arguments.delta");
        event.put("response_id", responseId);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        event.put("delta", delta);
        return event;
    }

    ObjectNode mcpArgumentsDone(String responseId, String itemId, int outputIndex, String arguments) {
        ObjectNode event = event("response.mcp_call_arguments.done");
        event.put("response_id", responseId);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        event.put("arguments", arguments);
        return event;
    }

    private ObjectNode mcpCallEvent(String type, String itemId, int outputIndex) {
        ObjectNode event = event(type);
        event.put("item_id", itemId);
        event.put("output_index", outputIndex);
        return event;
    }

    ObjectNode mcpCallInProgress(String itemId, int outputIndex) {
        return mcpCallEvent("response.mcp_call.in_progress", itemId, outputIndex);
    }

    ObjectNode mcpCallCompleted(String itemId, int outputIndex) {
        return mcpCallEvent("response.mcp_call.completed", itemId, outputIndex);
    }

    ObjectNode mcpCallFailed(String itemId, int outputIndex) {
        return mcpCallEvent("response.mcp_call.failed", itemId, outputIndex);
    }

    private ObjectNode mcpListToolsEvent(String type, String itemId) {
        ObjectNode event = event(type);
        event.put("item_id", itemId);
        return event;
    }

    ObjectNode mcpListToolsInProgress(String itemId) {
        return mcpListToolsEvent("mcp_list_tools.in_progress", itemId);
    }

    ObjectNode mcpListToolsCompleted(String itemId) {
        return mcpListToolsEvent("mcp_list_tools.completed", itemId);
    }

    ObjectNode mcpListToolsFailed(String itemId) {
        return mcpListToolsEvent("mcp_list_tools.failed", itemId);
    }
}
