package io.gptrealtime.camel.consumer;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.telephony.CallEvent;
import org.apache.camel.Message;

/**
 * Call lifecycle events as messages: the call's id, gateway, parties and headers as headers; the body is the caller
 * (call.started), the key pressed (call.dtmf) or the reason the call ended (call.ended).
 */
final class CallEventMapper {

    private CallEventMapper() {
    }

    static void map(CallEvent event, Message message) {
        message.setHeader(GptRealtimeConstants.PHONE_CALL_ID, event.getCall().callId());
        message.setHeader(GptRealtimeConstants.CALL_GATEWAY, event.getCall().gateway());
        message.setHeader(GptRealtimeConstants.CALL_FROM, event.getCall().from());
        message.setHeader(GptRealtimeConstants.CALL_TO, event.getCall().to());
        switch (event.getType()) {
            case CallEvent.STARTED -> {
                message.setHeader(GptRealtimeConstants.CALL_HEADERS, event.getCall().headers());
                message.setBody(event.getCall().from());
            }
            case CallEvent.DTMF -> {
                message.setHeader(GptRealtimeConstants.DTMF, event.getDigit());
                message.setBody(event.getDigit());
            }
            default -> {
                message.setHeader(GptRealtimeConstants.CALL_ENDED_BY, event.getEndedBy().name());
                message.setHeader(GptRealtimeConstants.CALL_DURATION_MS, event.getDurationMs());
                message.setBody(event.getReason());
            }
        }
    }
}
