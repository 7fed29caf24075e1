package io.gptrealtime.camel.consumer;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.openai.sip.SidebandCall;
import io.gptrealtime.camel.openai.webhook.IncomingCall;
import io.gptrealtime.camel.telephony.CallInfo;
import org.apache.camel.Message;

/**
 * An incoming OpenAI SIP call as the message its route decides on: the call id, gateway, caller, callee, the session
 * key the call will have, and the INVITE headers both as the CamelGptRealtimeCallHeaders header and as the body (a
 * Map, first value per name, in order).
 */
public final class IncomingCallMapper {

    private IncomingCallMapper() {
    }

    public static void map(IncomingCall call, String webhookId, Message message) {
        CallInfo info = SidebandCall.callInfo(call);
        Map<String, String> headers = new LinkedHashMap<>(info.headers());
        message.setHeader(GptRealtimeConstants.EVENT_TYPE, call.type());
        message.setHeader(GptRealtimeConstants.EVENT_ID, call.eventId());
        message.setHeader(GptRealtimeConstants.WEBHOOK_ID, webhookId);
        message.setHeader(GptRealtimeConstants.PHONE_CALL_ID, call.callId());
        message.setHeader(GptRealtimeConstants.CALL_GATEWAY, SidebandCall.GATEWAY);
        message.setHeader(GptRealtimeConstants.CALL_FROM, info.from());
        message.setHeader(GptRealtimeConstants.CALL_TO, info.to());
        message.setHeader(GptRealtimeConstants.CALL_HEADERS, headers);
        message.setHeader(GptRealtimeConstants.SESSION_KEY, SidebandCall.sessionKey(call.callId()));
        message.setBody(new LinkedHashMap<>(headers));
    }
}
