package io.gptrealtime.camel.telephony.sip;

import java.time.Duration;
import java.util.List;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.telephony.GatewayRoutes;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Barge-in over real SIP and RTP: a phone calls the SIP gateway, the assistant starts a 6 s reply streamed at real
 * time, and after hearing a second of it the caller talks. The gateway must stop the assistant's RTP at once (no
 * further packet reaches the phone while the caller keeps talking), truncate the item at exactly what went out on
 * RTP, and tell the route.
 */
class SipBargeInTest {

    static final String KEY = "sk-sip-barge-in";
    static final Duration WAIT = Duration.ofSeconds(15);
    /** The reply is much longer than the test: audio after the interruption can only be a failure to stop. */
    static final long REPLY_MS = 6000;

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).pace(Pace.REALTIME)
            .scenario(Scenario.builder().fallbackReply(Reply.say("Our opening hours are nine to five on weekdays.",
                    AudioSource.tone(440, Duration.ofMillis(REPLY_MS)))).build())
            .build();

    static GatewayRoutes routes;
    static int sipPort;

    @BeforeAll
    static void start() throws Exception {
        sipPort = GatewayRoutes.freePort();
        int rtp = 20000 + 2 * (int) (Math.random() * 4000);
        routes = new GatewayRoutes("gpt-realtime:desk?sip=true&sipTransport=udp&sipPort=" + sipPort + "&rtpPortMin="
                                   + rtp + "&rtpPortMax=" + (rtp + 99) + "&baseUrl=" + sim.baseUrl() + "&apiKey="
                                   + KEY + "&events=playout.interrupted,input_audio_buffer.speech_started");
    }

    @AfterAll
    static void stop() {
        routes.close();
    }

    static long outboundPackets(String key) {
        return routes.gateways().calls().stream().filter(c -> c.call().sessionKey().equals(key)).findFirst()
                .orElseThrow().leg().mediaStats().get("packetsOut");
    }

    @Test
    void theCallerInterruptsTheAssistantAndTheRtpStopsWhereTheTruncationSays() throws Exception {
        try (SipTestPhone phone = new SipTestPhone(sipPort)) {
            assertEquals(200, phone.call("desk", "0 101", WAIT).status());
            phone.startStreaming(); // silence: the gateway latches onto the phone's media
            String key = "sip:" + phone.callId();
            routes.await("call.started", e -> e.sessionKey().equals(key), WAIT);
            routes.camel().createProducerTemplate().sendBodyAndHeader("gpt-realtime:desk?operation=createResponse",
                    null, GptRealtimeConstants.SESSION_KEY, key);

            await().atMost(WAIT).until(() -> phone.heard.size() >= 50); // a second of the reply
            phone.talk(true);
            GatewayRoutes.Event interrupted = routes.await("playout.interrupted", e -> e.sessionKey().equals(key),
                    WAIT);
            // the port was cleared before the route heard of it: the gateway's count of packets sent is final now
            long sent = outboundPackets(key);
            await().atMost(WAIT).until(() -> phone.heard.size() >= sent);
            // the caller keeps talking (no new turn starts) and the simulator keeps streaming the reply (only the
            // client cancels it): nothing more of it may go out
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                    .until(() -> phone.heard.size() == sent && outboundPackets(key) == sent);
            assertTrue(sent * 20 < REPLY_MS - 1000, "the reply was cut short: " + sent + " packets went out");
            for (SipTestPhone.Received p : phone.heard) {
                assertEquals(0, p.payloadType(), "only PCMU audio was sent");
            }

            SimulatedSession server = sim.lastSession();
            List<RecordedEvent> truncates = server.receivedOfType("conversation.item.truncate");
            assertEquals(1, truncates.size(), "one truncate for the one item");
            int audioEndMs = truncates.get(0).json().path("audio_end_ms").asInt();
            // every packet is 20 ms of µ-law and loopback loses none: what went out on RTP is what was heard
            assertEquals(sent * 20, audioEndMs, "truncated at what went out on RTP");
            assertEquals((long) audioEndMs, ((Number) interrupted.headers().get(GptRealtimeConstants.AUDIO_MS))
                    .longValue(), "the route sees the same point");
            assertEquals(truncates.get(0).json().path("item_id").asText(),
                    interrupted.headers().get(GptRealtimeConstants.ITEM_ID));

            phone.talk(false);
            assertEquals(200, phone.hangUp(WAIT).status());
            GatewayRoutes.Event ended = routes.await("call.ended", e -> e.sessionKey().equals(key), WAIT);
            assertEquals("caller", ended.headers().get(GptRealtimeConstants.CALL_ENDED_BY));
        }
    }
}
