package io.gptrealtime.camel.openai.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingCallTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesTheDocumentedEvent() {
        IncomingCall call = IncomingCall.parse(bytes("""
                {"object":"event","id":"evt_685343a1381c819085d44c354e1b330e","type":"realtime.call.incoming",
                 "created_at":1750287018,
                 "data":{"call_id":"rtc_479a275623b54bdb9b6fbae2f7cbd408",
                         "sip_headers":[{"name":"From","value":"sip:+142555512112@sip.example.com"},
                                        {"name":"To","value":"sip:+18005551212@sip.example.com"},
                                        {"name":"Call-ID","value":"03782086-4ce9-44bf-8b0d-4e303d2cc590"}]}}
                """));
        assertTrue(call.isCallIncoming());
        assertEquals("evt_685343a1381c819085d44c354e1b330e", call.eventId());
        assertEquals(1750287018L, call.createdAt());
        assertEquals("rtc_479a275623b54bdb9b6fbae2f7cbd408", call.callId());
        assertEquals(3, call.sipHeaders().size());
        assertEquals("sip:+142555512112@sip.example.com", call.from().orElseThrow());
        assertEquals("sip:+18005551212@sip.example.com", call.to().orElseThrow());
        assertEquals("03782086-4ce9-44bf-8b0d-4e303d2cc590", call.header("call-id").orElseThrow());
        assertTrue(call.header("X-Missing").isEmpty());
    }

    @Test
    void malformedBodiesAreRefusedClearly() {
        String[] bad = {
                "not json",
                "[1,2]",
                "{\"data\":{\"call_id\":\"rtc_1\"}}",
                "{\"type\":\"realtime.call.incoming\",\"data\":{}}",
                "{\"type\":\"realtime.call.incoming\",\"data\":{\"call_id\":\"rtc_1\",\"sip_headers\":{}}}",
                "{\"type\":\"realtime.call.incoming\",\"data\":{\"call_id\":\"rtc_1\",\"sip_headers\":[{\"value\":\"x\"}]}}",
                ""
        };
        for (String body : bad) {
            assertThrows(MalformedWebhookException.class, () -> IncomingCall.parse(bytes(body)), body);
        }
    }
}
