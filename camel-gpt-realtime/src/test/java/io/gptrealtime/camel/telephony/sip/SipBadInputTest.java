package io.gptrealtime.camel.telephony.sip;

import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.telephony.GatewayRoutes;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the SIP and RTP ports while a call is up: a garbage datagram, an INVITE the stack cannot parse, an
 * INVITE with unreadable SDP, one with no codec in common, RTP from a stranger and a truncated RTP header from the
 * caller. Each gets the SIP response it can get (400, 400, 488; nothing for garbage) or is dropped and counted; the
 * call in progress keeps its media both ways and ends normally, and the next call is taken.
 */
class SipBadInputTest {

    static final String KEY = "sk-sip-bad-input";
    static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder().fallbackReply(Reply.say("One moment please.",
                    AudioSource.tone(440, Duration.ofMillis(4000)))).build())
            .build();

    static GatewayRoutes routes;
    static int sipPort;

    @BeforeAll
    static void start() throws Exception {
        sipPort = GatewayRoutes.freePort();
        int rtp = 24000 + 2 * (int) (Math.random() * 2000);
        routes = new GatewayRoutes("gpt-realtime:desk?sip=true&sipTransport=udp&sipPort=" + sipPort + "&rtpPortMin="
                                   + rtp + "&rtpPortMax=" + (rtp + 99) + "&baseUrl=" + sim.baseUrl() + "&apiKey="
                                   + KEY + "&events=session.closed");
    }

    @AfterAll
    static void stop() {
        routes.close();
    }

    @Test
    void badSignallingAndBadMediaGetTheirAnswersAndTheCallInProgressIsUntouched() throws Exception {
        try (SipTestPhone caller = new SipTestPhone(sipPort); SipTestPhone junk = new SipTestPhone(sipPort);
             DatagramSocket stranger = new DatagramSocket(0, SipTestPhone.LO)) {
            assertEquals(200, caller.call("desk", "0 101", WAIT).status());
            caller.startStreaming();
            String key = "sip:" + caller.callId();
            routes.await("call.started", e -> e.sessionKey().equals(key), WAIT);
            routes.camel().createProducerTemplate().sendBodyAndHeader("gpt-realtime:desk?operation=createResponse",
                    null, GptRealtimeConstants.SESSION_KEY, key);
            await().atMost(WAIT).until(() -> caller.heard.size() >= 10);
            int sessionsBefore = sim.sessions().size();

            // not SIP at all: nothing to answer
            junk.sendRaw(new byte[] { 0, 1, 2, 3, (byte) 0xff });
            // an INVITE the stack cannot parse (CSeq without a number) but whose Via says where to answer
            junk.sendRaw(("INVITE sip:desk@127.0.0.1:" + sipPort + " SIP/2.0\r\n"
                          + "Via: SIP/2.0/UDP 127.0.0.1:" + junk.sipPort() + ";branch=z9hG4bK-broken-cseq\r\n"
                          + "From: <sip:junk@127.0.0.1>;tag=j1\r\nTo: <sip:desk@127.0.0.1>\r\n"
                          + "Call-ID: broken-cseq\r\nCSeq: abc INVITE\r\nMax-Forwards: 70\r\n"
                          + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            SipTestPhone.Response broken = junk.awaitResponse(r -> "broken-cseq".equals(r.callId()), WAIT);
            assertEquals(400, broken.status(), "a request that cannot be parsed: " + broken);

            SipTestPhone.Response badSdp = junk.invite("desk", "not sdp!!", WAIT);
            assertEquals(400, badSdp.status());
            assertTrue(badSdp.reason().startsWith("Bad SDP"), badSdp.reason());

            try (SipTestPhone g729 = new SipTestPhone(sipPort)) {
                SipTestPhone.Response noCodec = g729.call("desk", "18", WAIT);
                assertEquals(488, noCodec.status());
                assertTrue(noCodec.header("warning").startsWith("305 "), "Warning: " + noCodec.header("warning"));
            }

            caller.sendRtp(stranger, rtpPacket(caller));
            caller.sendRtp(null, new byte[] { (byte) 0x80, 0, 0, 1, 0 }); // a header cut short
            int heard = caller.heard.size();
            await().atMost(WAIT).until(() -> caller.heard.size() >= heard + 25); // half a second more of the reply

            Map<String, Long> media = routes.gateways().calls().stream()
                    .filter(c -> c.call().sessionKey().equals(key)).findFirst().orElseThrow().leg().mediaStats();
            assertEquals(1L, media.get("strangerPackets"), media.toString());
            assertEquals(1L, media.get("malformedPackets"), media.toString());
            assertNull(routes.find("call.ended", e -> e.sessionKey().equals(key)), "the call is still up");
            assertEquals(sessionsBefore, sim.sessions().size(), "no session was opened for the refused calls");

            try (SipTestPhone next = new SipTestPhone(sipPort)) {
                assertEquals(200, next.call("desk", "8", WAIT).status());
                assertEquals(200, next.hangUp(WAIT).status());
            }
            assertEquals(200, caller.hangUp(WAIT).status());
            GatewayRoutes.Event ended = routes.await("call.ended", e -> e.sessionKey().equals(key), WAIT);
            assertEquals("caller", ended.headers().get(GptRealtimeConstants.CALL_ENDED_BY));
        }
    }

    /** A valid PCMU packet of silence, with another source's SSRC. */
    static byte[] rtpPacket(SipTestPhone phone) {
        byte[] p = new byte[12 + 160];
        p[0] = (byte) 0x80;
        p[3] = 7;
        p[11] = 9;
        java.util.Arrays.fill(p, 12, p.length, (byte) 0xff);
        return p;
    }
}
