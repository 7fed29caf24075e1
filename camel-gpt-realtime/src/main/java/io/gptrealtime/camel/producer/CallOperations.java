package io.gptrealtime.camel.producer;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeOperation;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.telephony.CallControl;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The call-control operations (hangUp, transfer, sendDtmf): they act on the phone call behind an existing session
 * and never open one. A session that is not a call, or has no session at all, is an error the route can handle.
 */
public final class CallOperations {

    private CallOperations() {
    }

    public static void run(GptRealtimeOperation op, RealtimeSession session, Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String key = in.getHeader(GptRealtimeConstants.SESSION_KEY, String.class);
        CallControl call = CallControl.of(session).orElseThrow(() -> new IllegalStateException(
                "The session " + key + " is not a phone call (or has ended): " + op + " needs the session key of a call,"
                + " e.g. from the CamelGptRealtimeSessionKey header of a call event"));
        switch (op) {
            case hangUp -> call.hangUp();
            case transfer -> {
                String target = in.getHeader(GptRealtimeConstants.TRANSFER_TARGET, String.class);
                call.transfer(target != null ? target : in.getBody(String.class));
            }
            case sendDtmf -> call.sendDtmf(in.getMandatoryBody(String.class));
            default -> throw new IllegalArgumentException(op + " is not a call-control operation");
        }
        in.setHeader(GptRealtimeConstants.PHONE_CALL_ID, call.call().callId());
    }
}
