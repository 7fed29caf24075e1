package io.gptrealtime.camel.consumer;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeConsumer;
import io.gptrealtime.camel.playout.InterruptionEvent;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemEvent;
import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.InputAudioBufferSpeechStartedEvent;
import io.gptrealtime.camel.protocol.InputAudioBufferSpeechStoppedEvent;
import io.gptrealtime.camel.protocol.InputAudioTranscriptionCompletedEvent;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseFunctionCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ResponseMcpCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioTranscriptDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputItemEvent;
import io.gptrealtime.camel.protocol.ResponseOutputTextDoneEvent;
import io.gptrealtime.camel.protocol.ResponseUsage;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.translation.TranslationOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.translation.TranslationTranscriptDeltaEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.telephony.CallEvent;
import io.gptrealtime.camel.usage.ResponseStats;
import io.gptrealtime.camel.usage.SessionStats;
import io.gptrealtime.camel.usage.SessionSummary;
import io.gptrealtime.camel.usage.TokenUsage;
import org.apache.camel.Message;

/**
 * Turns a server event into a Camel message: the natural payload as the body (transcript text, audio bytes, function
 * arguments JSON, error message; the raw JSON otherwise) and {@code CamelGptRealtime*} headers for the ids, the typed
 * event and the usage.
 */
public final class EventExchangeMapper {

    /** Header holding the typed event object (a {@link ServerEvent} subclass), for routes that want every field. */
    public static final String EVENT_OBJECT = "CamelGptRealtimeEvent";

    private EventExchangeMapper() {
    }

    public static void map(RealtimeSession session, ServerEvent event, Message message) {
        message.setHeader(GptRealtimeConstants.SESSION_KEY, session.key());
        message.setHeader(GptRealtimeConstants.SESSION_ID, session.sessionId());
        message.setHeader(GptRealtimeConstants.EVENT_TYPE, event.getType());
        message.setHeader(GptRealtimeConstants.EVENT_ID, event.getEventId());
        message.setHeader(EVENT_OBJECT, event);
        if (event instanceof CallEvent call) {
            CallEventMapper.map(call, message);
            return;
        }
        if (event instanceof TranslationOutputAudioDeltaEvent audio) {
            message.setHeader(GptRealtimeConstants.AUDIO_MS, audio.getElapsedMs());
            message.setHeader(GptRealtimeConstants.AUDIO_FORMAT, "audio/pcm");
            message.setBody(audio.audio());
            return;
        }
        if (event instanceof TranslationTranscriptDeltaEvent delta) {
            // elapsed_ms aligns the transcripts with the audio; fragments are append-only, joined without separators
            message.setHeader(GptRealtimeConstants.AUDIO_MS, delta.getElapsedMs());
            message.setBody(delta.getDelta());
            return;
        }
        Object body = EventFields.copyIds(event, message);
        switch (event.getType()) {
            case EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA -> {
                byte[] audio = ((ResponseOutputAudioDeltaEvent) event).audio();
                message.setHeader(GptRealtimeConstants.AUDIO_MS, null);
                body = audio;
            }
            case EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE -> {
                String t = ((ResponseOutputAudioTranscriptDoneEvent) event).getTranscript();
                message.setHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT, t);
                body = t;
            }
            case EventTypes.RESPONSE_OUTPUT_TEXT_DONE -> {
                String t = ((ResponseOutputTextDoneEvent) event).getText();
                message.setHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT, t);
                body = t;
            }
            case EventTypes.INPUT_AUDIO_TRANSCRIPTION_COMPLETED -> {
                String t = ((InputAudioTranscriptionCompletedEvent) event).getTranscript();
                message.setHeader(GptRealtimeConstants.USER_TRANSCRIPT, t);
                body = t;
            }
            case EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE -> {
                ResponseFunctionCallArgumentsDoneEvent call = (ResponseFunctionCallArgumentsDoneEvent) event;
                message.setHeader(GptRealtimeConstants.TOOL_NAME, call.getName());
                message.setHeader(GptRealtimeConstants.CALL_ID, call.getCallId());
                body = call.getArguments();
            }
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED ->
                message.setHeader(GptRealtimeConstants.AUDIO_MS,
                        ((InputAudioBufferSpeechStartedEvent) event).getAudioStartMs());
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STOPPED ->
                message.setHeader(GptRealtimeConstants.AUDIO_MS,
                        ((InputAudioBufferSpeechStoppedEvent) event).getAudioEndMs());
            case InterruptionEvent.TYPE -> {
                InterruptionEvent i = (InterruptionEvent) event;
                message.setHeader(GptRealtimeConstants.ITEM_ID, i.getItemId());
                message.setHeader(GptRealtimeConstants.RESPONSE_ID, i.getResponseId());
                message.setHeader(GptRealtimeConstants.AUDIO_MS, i.getHeardMs());
                message.setHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT, i.getHeardTranscript());
                body = i.getHeardTranscript();
            }
            case EventTypes.RESPONSE_DONE -> {
                RealtimeResponse response = ((ResponseDoneEvent) event).getResponse();
                mapUsage(response, message);
                mapResponseStats(session, response, message);
            }
            case EventTypes.ERROR -> {
                ErrorEvent error = (ErrorEvent) event;
                if (error.getError() != null) {
                    message.setHeader(GptRealtimeConstants.ERROR_CODE, error.getError().getCode());
                    message.setHeader(GptRealtimeConstants.ERROR_TYPE, error.getError().getType());
                    body = error.getError().getMessage();
                }
            }
            case EventTypes.RESPONSE_MCP_CALL_ARGUMENTS_DONE -> {
                String args = ((ResponseMcpCallArgumentsDoneEvent) event).getArguments();
                message.setHeader(GptRealtimeConstants.TOOL_ARGUMENTS, args);
                body = args;
            }
            case EventTypes.CONVERSATION_ITEM_ADDED, EventTypes.CONVERSATION_ITEM_DONE ->
                body = mapItem(((ConversationItemEvent) event).getItem(), message);
            case EventTypes.RESPONSE_OUTPUT_ITEM_ADDED, EventTypes.RESPONSE_OUTPUT_ITEM_DONE ->
                body = mapItem(((ResponseOutputItemEvent) event).getItem(), message);
            default -> {
                // the raw JSON below
            }
        }
        message.setBody(body != null ? body : event.rawJson());
    }

    /**
     * Item events: the item type, and for MCP items the server, tool and arguments. The body of a finished mcp_call is
     * its output (or its error message); other items keep the raw JSON.
     */
    private static Object mapItem(ConversationItem item, Message message) {
        if (item == null) {
            return null;
        }
        message.setHeader(GptRealtimeConstants.ITEM_TYPE, item.getType());
        if (item.getServerLabel() == null) {
            return null;
        }
        message.setHeader(GptRealtimeConstants.MCP_SERVER_LABEL, item.getServerLabel());
        if (item.getName() != null) {
            message.setHeader(GptRealtimeConstants.TOOL_NAME, item.getName());
        }
        if (item.getArguments() != null) {
            message.setHeader(GptRealtimeConstants.TOOL_ARGUMENTS, item.getArguments());
        }
        if (ConversationItem.TYPE_MCP_CALL.equals(item.getType())) {
            if (item.getOutput() != null) {
                return item.getOutput();
            }
            if (item.getError() != null) {
                return item.getError().getMessage();
            }
        }
        return null;
    }

    public static void mapClosed(RealtimeSession session, int code, String reason, Throwable cause, Message message) {
        message.setHeader(GptRealtimeConstants.SESSION_KEY, session.key());
        message.setHeader(GptRealtimeConstants.SESSION_ID, session.sessionId());
        message.setHeader(GptRealtimeConstants.EVENT_TYPE, GptRealtimeConsumer.SESSION_CLOSED);
        message.setHeader(GptRealtimeConstants.CLOSE_CODE, code);
        message.setHeader(GptRealtimeConstants.CLOSE_REASON, reason);
        SessionStats stats = SessionStats.of(session);
        if (stats != null) {
            mapSummary(stats.summary(), message);
        }
        message.setBody(cause == null ? "closed" : cause.getMessage());
    }

    /** Cost and latency of a finished response, as the session's usage observer recorded them. */
    private static void mapResponseStats(RealtimeSession session, RealtimeResponse response, Message message) {
        SessionStats stats = SessionStats.of(session);
        ResponseStats rs = stats == null || response == null ? null : stats.response(response.getId());
        if (rs == null) {
            return;
        }
        message.setHeader(GptRealtimeConstants.MODEL, stats.model());
        message.setHeader(GptRealtimeConstants.RESPONSE_COST, rs.cost());
        message.setHeader(GptRealtimeConstants.SESSION_COST, rs.sessionCost());
        message.setHeader(GptRealtimeConstants.RESPONSE_DURATION_MS, ResponseStats.millis(rs.durationNanos()));
        message.setHeader(GptRealtimeConstants.TIME_TO_FIRST_AUDIO_MS, ResponseStats.millis(rs.firstAudioNanos()));
        message.setHeader(GptRealtimeConstants.BARGE_IN_REACTION_MS, ResponseStats.millis(rs.bargeInNanos()));
    }

    private static void mapSummary(SessionSummary s, Message message) {
        message.setHeader(GptRealtimeConstants.SESSION_SUMMARY, s);
        message.setHeader(GptRealtimeConstants.MODEL, s.model());
        message.setHeader(GptRealtimeConstants.SESSION_DURATION_MS, s.durationMillis());
        message.setHeader(GptRealtimeConstants.TURNS, s.turns());
        message.setHeader(GptRealtimeConstants.INTERRUPTIONS, s.interruptions());
        message.setHeader(GptRealtimeConstants.TOOL_CALLS, s.toolCalls());
        message.setHeader(GptRealtimeConstants.SESSION_COST, s.cost());
        message.setHeader(GptRealtimeConstants.COST_PER_MINUTE, s.costPerMinute());
        TokenUsage t = s.tokens();
        message.setHeader(GptRealtimeConstants.TOTAL_TOKENS, saturated(t.totalTokens()));
        message.setHeader(GptRealtimeConstants.INPUT_TOKENS, saturated(t.inputTokens()));
        message.setHeader(GptRealtimeConstants.OUTPUT_TOKENS, saturated(t.outputTokens()));
        message.setHeader(GptRealtimeConstants.INPUT_TEXT_TOKENS, saturated(t.inputText()));
        message.setHeader(GptRealtimeConstants.INPUT_AUDIO_TOKENS, saturated(t.inputAudio()));
        message.setHeader(GptRealtimeConstants.INPUT_IMAGE_TOKENS, saturated(t.inputImage()));
        message.setHeader(GptRealtimeConstants.CACHED_TOKENS, saturated(t.cachedTokens()));
        message.setHeader(GptRealtimeConstants.OUTPUT_TEXT_TOKENS, saturated(t.outputText()));
        message.setHeader(GptRealtimeConstants.OUTPUT_AUDIO_TOKENS, saturated(t.outputAudio()));
    }

    /** Token headers are Integer like the service's counts; a session total cannot realistically pass 2^31. */
    private static Integer saturated(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static void mapUsage(RealtimeResponse response, Message message) {
        if (response == null) {
            return;
        }
        message.setHeader(GptRealtimeConstants.RESPONSE_ID, response.getId());
        message.setHeader(GptRealtimeConstants.RESPONSE_STATUS, response.getStatus());
        ResponseUsage usage = response.getUsage();
        if (usage == null) {
            return;
        }
        message.setHeader(GptRealtimeConstants.TOTAL_TOKENS, usage.getTotalTokens());
        message.setHeader(GptRealtimeConstants.INPUT_TOKENS, usage.getInputTokens());
        message.setHeader(GptRealtimeConstants.OUTPUT_TOKENS, usage.getOutputTokens());
        if (usage.getInputTokenDetails() != null) {
            message.setHeader(GptRealtimeConstants.INPUT_TEXT_TOKENS, usage.getInputTokenDetails().getTextTokens());
            message.setHeader(GptRealtimeConstants.INPUT_AUDIO_TOKENS, usage.getInputTokenDetails().getAudioTokens());
            message.setHeader(GptRealtimeConstants.INPUT_IMAGE_TOKENS, usage.getInputTokenDetails().getImageTokens());
            message.setHeader(GptRealtimeConstants.CACHED_TOKENS, usage.getInputTokenDetails().getCachedTokens());
        }
        if (usage.getOutputTokenDetails() != null) {
            message.setHeader(GptRealtimeConstants.OUTPUT_TEXT_TOKENS, usage.getOutputTokenDetails().getTextTokens());
            message.setHeader(GptRealtimeConstants.OUTPUT_AUDIO_TOKENS,
                    usage.getOutputTokenDetails().getAudioTokens());
        }
    }
}
