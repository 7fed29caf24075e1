package io.gptrealtime.camel.openai.sip;

import io.gptrealtime.camel.GptRealtimeConstants;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallDecisionTest {

    private final Message m = new DefaultMessage(new DefaultCamelContext());

    @Test
    void acceptIsTheDefaultAndTakesAnOverride() {
        assertEquals(CallDecision.Kind.accept, CallDecision.of(m).kind());
        assertNull(CallDecision.of(m).sessionOverride());
        m.setHeader(GptRealtimeConstants.CALL_SESSION_CONFIG, java.util.Map.of("instructions", "Hi"));
        assertEquals("Hi", CallDecision.of(m).sessionOverride().path("instructions").asText());
        m.setHeader(GptRealtimeConstants.CALL_SESSION_CONFIG, "[1]");
        assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m));
        m.setHeader(GptRealtimeConstants.CALL_SESSION_CONFIG, "{nope");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m)).getMessage()
                .contains("not JSON"));
    }

    @Test
    void rejectAndReferAreChecked() {
        m.setHeader(GptRealtimeConstants.CALL_DECISION, " Reject ");
        assertNull(CallDecision.of(m).sipStatus());
        m.setHeader(GptRealtimeConstants.SIP_STATUS, "486");
        assertEquals(486, CallDecision.of(m).sipStatus());
        m.setHeader(GptRealtimeConstants.SIP_STATUS, 180);
        assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m));
        m.setHeader(GptRealtimeConstants.SIP_STATUS, "busy");
        assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m));

        m.setHeader(GptRealtimeConstants.CALL_DECISION, "refer");
        assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m), "no target");
        m.setHeader(GptRealtimeConstants.TRANSFER_TARGET, "tel:+15550100");
        assertEquals("tel:+15550100", CallDecision.of(m).target());
        m.setHeader(GptRealtimeConstants.TRANSFER_TARGET, "http://example.com");
        assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m));

        m.setHeader(GptRealtimeConstants.CALL_DECISION, "maybe");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CallDecision.of(m)).getMessage()
                .contains("accept, reject, refer or none"));
    }

    @Test
    void transferTargetsParse() {
        TransferTargets t = TransferTargets.parse(" sales=sip:sales@example.com , support=tel:+15550100,");
        assertEquals("tel:+15550100", t.uri("support"));
        assertNull(t.uri("ceo"));
        assertTrue(TransferTargets.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TransferTargets.parse("sales"));
        assertThrows(IllegalArgumentException.class, () -> TransferTargets.parse("sales=https://x"));
        assertThrows(IllegalArgumentException.class, () -> TransferTargets.parse("a=tel:1,a=tel:2"));
        assertThrows(IllegalArgumentException.class, () -> TransferTargets.parse("the boss=tel:1"));
    }
}
