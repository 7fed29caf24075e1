package io.gptrealtime.camel.consumer;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeConsumer;
import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.InputAudioBufferSpeechStartedEvent;
import io.gptrealtime.camel.protocol.InputAudioBufferSpeechStoppedEvent;
import io.gptrealtime.camel.protocol.InputAudioTranscriptionCompletedEvent;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseFunctionCallArgumentsDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioTranscriptDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputTextDoneEvent;
import io.gptrealtime.camel.protocol.ResponseUsage;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.RealtimeSession;
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
            case EventTypes.RESPONSE_DONE -> mapUsage(((ResponseDoneEvent) event).getResponse(), message);
            case EventTypes.ERROR -> {
                ErrorEvent error = (ErrorEvent) event;
                if (error.getError() != null) {
                    message.setHeader(GptRealtimeConstants.ERROR_CODE, error.getError().getCode());
                    message.setHeader(GptRealtimeConstants.ERROR_TYPE, error.getError().getType());
                    body = error.getError().getMessage();
                }
            }
            default -> {
                // the raw JSON below
            }
        }
        message.setBody(body != null ? body : event.rawJson());
    }

    public static void mapClosed(RealtimeSession session, int code, String reason, Throwable cause, Message message) {
        message.setHeader(GptRealtimeConstants.SESSION_KEY, session.key());
        message.setHeader(GptRealtimeConstants.SESSION_ID, session.sessionId());
        message.setHeader(GptRealtimeConstants.EVENT_TYPE, GptRealtimeConsumer.SESSION_CLOSED);
        message.setHeader(GptRealtimeConstants.CLOSE_CODE, code);
        message.setHeader(GptRealtimeConstants.CLOSE_REASON, reason);
        message.setBody(cause == null ? "closed" : cause.getMessage());
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
