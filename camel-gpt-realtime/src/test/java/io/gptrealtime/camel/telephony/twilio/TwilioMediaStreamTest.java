package io.gptrealtime.camel.telephony.twilio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.audio.G711;
import io.gptrealtime.camel.telephony.GatewayRoutes;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Twilio Media Streams server against an in-test Twilio that follows the documented wire protocol: connected,
 * start, media, dtmf, mark acknowledgements and stop; barge-in must send clear and truncate at what the marks say
 * was played; binary frames and media before start are protocol errors that close only their own stream.
 */
class TwilioMediaStreamTest {

    static final String KEY = "sk-twilio";
    static final Duration WAIT = Duration.ofSeconds(15);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder().fallbackReply(Reply.say("Let me tell you about our opening hours.",
                    AudioSource.tone(440, Duration.ofMillis(3000)))).build())
            .build();

    static GatewayRoutes routes;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        port = GatewayRoutes.freePort();
        routes = new GatewayRoutes("gpt-realtime:line?twilio=true&twilioPort=" + port + "&baseUrl="
                                          + sim.baseUrl() + "&apiKey=" + KEY
                                          + "&events=session.closed,playout.interrupted,input_audio_buffer.speech_started");
    }

    @AfterAll
    static void stop() {
        routes.close();
    }

    /** The far side of a stream: Twilio as documented. */
    static final class FakeTwilio implements WebSocket.Listener {
        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final StringBuilder partial = new StringBuilder();
        final AtomicInteger seq = new AtomicInteger();
        WebSocket ws;
        final String streamSid;
        final String callSid;

        FakeTwilio(String callSid) throws Exception {
            this.callSid = callSid;
            this.streamSid = "MZ" + callSid;
            ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/media"), this).get(5, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }

        void send(String json) throws Exception {
            ws.sendText(json, true).get(5, TimeUnit.SECONDS);
        }

        void connectedAndStart() throws Exception {
            send("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
            send("{\"event\":\"start\",\"sequenceNumber\":\"" + seq.incrementAndGet() + "\",\"streamSid\":\""
                 + streamSid + "\",\"start\":{\"accountSid\":\"AC1\",\"streamSid\":\"" + streamSid
                 + "\",\"callSid\":\"" + callSid + "\",\"tracks\":[\"inbound\"],\"mediaFormat\":{\"encoding\":"
                 + "\"audio/x-mulaw\",\"sampleRate\":8000,\"channels\":1},\"customParameters\":{\"From\":"
                 + "\"+15550100\",\"To\":\"+15550199\"}}}");
        }

        /** Sends {@code ms} of audio in 20 ms media messages: a 300 Hz tone (speech to the VAD) or silence. */
        void media(int ms, boolean voiced) throws Exception {
            for (int f = 0; f < ms / 20; f++) {
                byte[] frame = new byte[160];
                for (int i = 0; i < 160; i++) {
                    double v = voiced ? 0.3 * Math.sin(2 * Math.PI * 300 * (f * 160 + i) / 8000.0) : 0;
                    frame[i] = G711.linearToUlaw((short) (v * 32767));
                }
                send("{\"event\":\"media\",\"sequenceNumber\":\"" + seq.incrementAndGet() + "\",\"streamSid\":\""
                     + streamSid + "\",\"media\":{\"track\":\"inbound\",\"chunk\":\"" + f + "\",\"timestamp\":\""
                     + f * 20 + "\",\"payload\":\"" + Base64.getEncoder().encodeToString(frame) + "\"}}");
            }
        }

        void ackMark(String name) throws Exception {
            send("{\"event\":\"mark\",\"sequenceNumber\":\"" + seq.incrementAndGet() + "\",\"streamSid\":\""
                 + streamSid + "\",\"mark\":{\"name\":\"" + name + "\"}}");
        }

        void dtmf(String digit, int sequenceNumber) throws Exception {
            send("{\"event\":\"dtmf\",\"sequenceNumber\":\"" + sequenceNumber + "\",\"streamSid\":\"" + streamSid
                 + "\",\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\"" + digit + "\"}}");
        }

        void stop() throws Exception {
            send("{\"event\":\"stop\",\"sequenceNumber\":\"" + seq.incrementAndGet() + "\",\"streamSid\":\""
                 + streamSid + "\",\"stop\":{\"accountSid\":\"AC1\",\"callSid\":\"" + callSid + "\"}}");
        }

        JsonNode next(String event) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode n = received.poll(100, TimeUnit.MILLISECONDS);
                if (n != null && event.equals(n.path("event").asText())) {
                    return n;
                }
            }
            throw new AssertionError("no " + event + " message");
        }
    }

    @Test
    void aStreamIsACallWithMarksDtmfBargeInAndStop() throws Exception {
        FakeTwilio twilio = new FakeTwilio("CA100");
        twilio.connectedAndStart();
        GatewayRoutes.Event started = routes.await("call.started", e -> e.sessionKey().equals("twilio:CA100"), WAIT);
        assertEquals("twilio:CA100", started.sessionKey());
        assertEquals("+15550100", started.headers().get(GptRealtimeConstants.CALL_FROM));
        twilio.media(1000, true);
        twilio.media(800, false);

        // the reply arrives as media + mark pairs, faster than real time; Twilio acknowledges the marks of 1 s
        int audioBytes = 0;
        while (audioBytes < 8000) {
            JsonNode media = twilio.next("media");
            assertEquals(twilio.streamSid, media.path("streamSid").asText());
            audioBytes += Base64.getDecoder().decode(media.path("media").path("payload").asText()).length;
            JsonNode mark = twilio.next("mark");
            twilio.ackMark(mark.path("mark").path("name").asText());
        }
        assertEquals(8000, audioBytes);
        Thread.sleep(200);
        // the caller talks over the reply: the server must clear Twilio's buffer and truncate at 1000 ms
        twilio.media(600, true);
        JsonNode clear = twilio.next("clear");
        assertEquals(twilio.streamSid, clear.path("streamSid").asText());
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> sim.sessions().stream()
                .anyMatch(s -> !s.receivedOfType("conversation.item.truncate").isEmpty()));
        List<RecordedEvent> truncates = sim.sessions().stream()
                .filter(s -> !s.receivedOfType("conversation.item.truncate").isEmpty()).findFirst().orElseThrow()
                .receivedOfType("conversation.item.truncate");
        // 1 s acknowledged, plus what Twilio played of the chunk after the last mark in the 200 ms since (at most
        // that chunk: never audio that was not sent)
        int end = truncates.get(0).json().path("audio_end_ms").asInt();
        assertTrue(end >= 1000 && end <= 1100, "audio_end_ms " + end);
        routes.await("playout.interrupted", e -> e.sessionKey().equals("twilio:CA100"), WAIT);

        twilio.dtmf("5", twilio.seq.incrementAndGet());
        twilio.dtmf("6", 2); // stale sequence number: dropped
        GatewayRoutes.Event dtmf = routes.await("call.dtmf", e -> e.sessionKey().equals("twilio:CA100"), WAIT);
        assertEquals("5", dtmf.headers().get(GptRealtimeConstants.DTMF));
        twilio.stop();
        GatewayRoutes.Event ended = routes.await("call.ended", e -> e.sessionKey().equals("twilio:CA100"),
                WAIT);
        assertEquals("caller", ended.headers().get(GptRealtimeConstants.CALL_ENDED_BY));
        routes.await("session.closed", e -> e.sessionKey().equals("twilio:CA100"), WAIT);
        assertEquals(1, routes.events.stream().filter(e -> "call.dtmf".equals(e.type())
                                                           && e.sessionKey().equals("twilio:CA100")).count(),
                "the stale dtmf was dropped");
        assertEquals("audio/pcmu", sim.sessions().stream()
                .filter(s -> !s.receivedOfType("conversation.item.truncate").isEmpty()).findFirst().orElseThrow()
                .effectiveSession().path("audio").path("input").path("format").path("type").asText());
    }

    @Test
    void aBinaryFrameOrMediaBeforeStartClosesOnlyThatStream() throws Exception {
        FakeTwilio good = new FakeTwilio("CA200");
        good.connectedAndStart();
        routes.await("call.started", e -> e.sessionKey().equals("twilio:CA200"), WAIT);

        FakeTwilio binary = new FakeTwilio("CA201");
        binary.connectedAndStart();
        routes.await("call.started", e -> e.sessionKey().equals("twilio:CA201"), WAIT);
        binary.ws.sendBinary(ByteBuffer.wrap(new byte[] { 1, 2, 3 }), true).get(5, TimeUnit.SECONDS);
        assertEquals(1003, binary.closed.get(5, TimeUnit.SECONDS));
        GatewayRoutes.Event ended = routes.await("call.ended", e -> e.sessionKey().equals("twilio:CA201"),
                WAIT);
        assertEquals("error", ended.headers().get(GptRealtimeConstants.CALL_ENDED_BY));
        assertTrue(String.valueOf(ended.body()).contains("text (JSON) frames"), String.valueOf(ended.body()));

        FakeTwilio early = new FakeTwilio("CA202");
        early.send("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
        early.media(20, false);
        assertEquals(1008, early.closed.get(5, TimeUnit.SECONDS));

        // a media message out of order (Twilio numbers every message): dropped and counted, the stream goes on
        good.send("{\"event\":\"media\",\"sequenceNumber\":\"1\",\"streamSid\":\"" + good.streamSid
                  + "\",\"media\":{\"track\":\"inbound\",\"chunk\":\"1\",\"timestamp\":\"0\",\"payload\":\""
                  + Base64.getEncoder().encodeToString(new byte[160]) + "\"}}");
        good.dtmf("9", good.seq.incrementAndGet());
        GatewayRoutes.Event dtmf = routes.await("call.dtmf", e -> e.sessionKey().equals("twilio:CA200"), WAIT);
        assertNotNull(dtmf);
        // messages are handled in order: the dtmf after it was seen, so the stale media was handled too
        assertEquals(1L, routes.gateways().calls().stream()
                .filter(c -> c.call().sessionKey().equals("twilio:CA200")).findFirst().orElseThrow().leg()
                .mediaStats().get("outOfOrderMessages"));
        good.stop();
        routes.await("call.ended", e -> e.sessionKey().equals("twilio:CA200"), WAIT);
    }
}
