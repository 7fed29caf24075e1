package io.gptrealtime.camel.transport;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RealtimeUrlsTest {

    @Test
    void switchesSchemeAndAppendsRealtime() {
        assertEquals("wss://api.openai.com/v1/realtime?model=gpt-realtime-2",
                RealtimeUrls.forModel("https://api.openai.com/v1", "gpt-realtime-2").toString());
        assertEquals("ws://127.0.0.1:8080/v1/realtime?model=gpt-realtime-2.1",
                RealtimeUrls.forModel("http://127.0.0.1:8080/v1/", "gpt-realtime-2.1").toString());
        assertEquals("wss://gw.example/v1/realtime?intent=transcription",
                RealtimeUrls.forTranscription("wss://gw.example/v1?x=1").toString());
        assertEquals("wss://api.openai.com/v1/realtime?call_id=rtc_1",
                RealtimeUrls.forCall("https://api.openai.com/v1/realtime", "rtc_1").toString());
    }

    @Test
    void restUrlsKeepHttp() {
        assertEquals("https://api.openai.com/v1/realtime/client_secrets",
                RealtimeUrls.rest("https://api.openai.com/v1/", "/realtime/client_secrets").toString());
        assertEquals("http://127.0.0.1:9/v1/realtime/calls/rtc_1/accept",
                RealtimeUrls.rest("ws://127.0.0.1:9/v1", "/realtime/calls/rtc_1/accept").toString());
    }

    @Test
    void rejectsUnknownSchemes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RealtimeUrls.forModel("ftp://x/v1", "m"));
        assertEquals("Unsupported base URL scheme 'ftp' (expected http, https, ws or wss): ftp://x/v1", e.getMessage());
    }

    @Test
    void optionWinsOverDefault() {
        assertEquals("http://localhost:1/v1", RealtimeUrls.resolveBaseUrl(" http://localhost:1/v1 "));
    }
}
