package io.gptrealtime.camel.telephony.sip;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaNegotiationTest {

    static String offer(String media, String... attributes) {
        return "v=0\r\no=a 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=" + media + "\r\n"
               + String.join("\r\n", attributes) + "\r\n";
    }

    @Test
    void takesTheOfferersFirstG711AndTelephoneEvent() throws Exception {
        SdpOffer o = SdpOffer.parse(offer("audio 4000 RTP/AVP 9 8 0 101", "a=rtpmap:9 G722/8000",
                "a=rtpmap:101 telephone-event/8000", "a=ptime:20"));
        MediaNegotiation.Choice c = MediaNegotiation.choose(o);
        assertEquals("PCMA", c.codec().name());
        assertEquals(101, c.dtmfPayloadType());
        assertEquals(4000, c.remote().getPort());
        assertEquals("10.0.0.1", c.remote().getHostString());
        String answer = MediaNegotiation.answer(o, c, "127.0.0.1", 30000, 7, 1);
        assertTrue(answer.contains("m=audio 30000 RTP/AVP 8 101\r\n"), answer);
        assertTrue(answer.contains("a=rtpmap:8 PCMA/8000\r\n"), answer);
        assertTrue(answer.contains("a=sendrecv\r\n"), answer);
        assertTrue(answer.contains("c=IN IP4 127.0.0.1\r\n"), answer);
    }

    @Test
    void aDynamicPayloadTypeForPcmuIsHonoured() throws Exception {
        MediaNegotiation.Choice c = MediaNegotiation.choose(SdpOffer.parse(offer("audio 4000 RTP/AVP 96",
                "a=rtpmap:96 PCMU/8000")));
        assertEquals(96, c.codec().payloadType());
        assertEquals(-1, c.dtmfPayloadType());
    }

    @Test
    void noCommonCodecIsNotAcceptable() throws Exception {
        SdpOffer o = SdpOffer.parse(offer("audio 4000 RTP/AVP 9 18", "a=rtpmap:9 G722/8000"));
        MediaNegotiation.NotAcceptableException e = assertThrows(MediaNegotiation.NotAcceptableException.class,
                () -> MediaNegotiation.choose(o));
        assertTrue(e.getMessage().contains("no common codec"), e.getMessage());
        assertThrows(MediaNegotiation.NotAcceptableException.class,
                () -> MediaNegotiation.choose(SdpOffer.parse(offer("audio 4000 RTP/SAVP 0"))));
    }

    @Test
    void otherMediaLinesAreRejectedWithPortZeroAndHoldIsMirrored() throws Exception {
        String sdp = "v=0\r\nc=IN IP4 10.0.0.1\r\nm=video 5000 RTP/AVP 96\r\nm=audio 4000 RTP/AVP 0\r\n"
                     + "a=sendonly\r\n";
        SdpOffer o = SdpOffer.parse(sdp);
        MediaNegotiation.Choice c = MediaNegotiation.choose(o);
        assertEquals(1, c.mediaIndex());
        assertEquals("recvonly", c.answerDirection());
        assertTrue(!c.callerReceives());
        String answer = MediaNegotiation.answer(o, c, "127.0.0.1", 30000, 1, 2);
        int video = answer.indexOf("m=video 0 RTP/AVP 96");
        int audio = answer.indexOf("m=audio 30000");
        assertTrue(video > 0 && audio > video, answer);
    }

    @Test
    void malformedSdpIsRefusedWithAReason() {
        assertThrows(SdpOffer.SdpException.class, () -> SdpOffer.parse("not sdp!!"));
        assertThrows(SdpOffer.SdpException.class, () -> SdpOffer.parse("v=0\r\ns=-\r\n"));
        assertThrows(SdpOffer.SdpException.class, () -> SdpOffer.parse("v=0\r\nm=audio x RTP/AVP 0\r\n"));
        assertThrows(SdpOffer.SdpException.class, () -> SdpOffer.parse("v=0\r\nc=IN XY 1\r\nm=audio 1 RTP/AVP 0\r\n"));
        assertThrows(SdpOffer.SdpException.class, () -> SdpOffer.parse("v=0\r\n" + "a=x\r\n".repeat(4000)));
    }
}
