package io.gptrealtime.it.telephony;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeConsumer;
import io.gptrealtime.camel.telephony.CallEndedBy;
import io.gptrealtime.camel.telephony.TelephonyGateways;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.FaultAction;
import io.gptrealtime.simulator.FaultRule;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.Trigger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SIP gateway against sipp, a real SIP peer, over 127.0.0.1: calls over UDP and TCP, OPTIONS, CANCEL, an offer
 * without a common codec, speech and DTMF from pcaps with the caller echoing what it hears, a speech stream, hang-up
 * and transfer from a route, the RTP inactivity timeout, and garbage on the SIP port. The Realtime side is the
 * simulator; the routes see the call's lifecycle.
 */
class SipGatewayIT {

    static final String KEY = "sk-sip-it";
    static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder()
                    .fallbackReply(Reply.say("Thanks for calling, how can I help?",
                            AudioSource.tone(440, Duration.ofMillis(1500))))
                    .build())
            .build();

    static CamelContext camel;
    static int sipPort;
    static int quietSipPort;
    static final CallRecorder events = new CallRecorder();
    static Path work;

    @BeforeAll
    static void startGateway() throws Exception {
        Peer.require("sipp", "sip-tester");
        work = Path.of("target", "telephony", "sip");
        Files.createDirectories(work);
        sipPort = Peer.freeUdpTcpPort();
        quietSipPort = Peer.freeUdpTcpPort();
        int[] rtp = Peer.rtpRange(200);
        String common = "&baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY + "&rtpPortMin=" + rtp[0] + "&rtpPortMax="
                        + rtp[1] + "&events=session.closed,input_audio_buffer.speech_started,response.done";
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gpt-realtime:phone?sip=true&sipPort=" + sipPort + common).routeId("phone")
                        .process(events)
                        .filter(header(GptRealtimeConstants.EVENT_TYPE).isEqualTo("call.started"))
                        .choice()
                            .when(header(GptRealtimeConstants.CALL_TO).startsWith("sip:hangup@"))
                                .to("gpt-realtime:phone?operation=hangUp")
                            .when(header(GptRealtimeConstants.CALL_TO).startsWith("sip:transfer@"))
                                .setHeader(GptRealtimeConstants.TRANSFER_TARGET, constant("sip:billing@example.com"))
                                .to("gpt-realtime:phone?operation=transfer")
                        .end();
                from("gpt-realtime:quiet?sip=true&sipTransport=udp&rtpInactivityTimeout=1500&sipPort=" + quietSipPort
                     + common).routeId("quiet")
                        .process(events);
            }
        });
        camel.start();
    }

    @AfterAll
    static void stopGateway() {
        if (camel != null) {
            camel.stop();
        }
    }

    @BeforeEach
    void clear() {
        events.clear();
    }

    @Test
    void aBasicCallOverUdpStartsAndEndsASession() throws Exception {
        Peer.Run run = sipp(sipPort, List.of("-sn", "uac"));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event started = events.await("call.started", e -> true, WAIT);
        assertEquals("sip", started.header(GptRealtimeConstants.CALL_GATEWAY));
        assertTrue(String.valueOf(started.header(GptRealtimeConstants.CALL_FROM)).startsWith("sip:sipp@"));
        CallRecorder.Event ended = events.await("call.ended", e -> e.sessionKey().equals(started.sessionKey()), WAIT);
        assertEquals("caller", ended.header(GptRealtimeConstants.CALL_ENDED_BY));
        assertEquals("BYE", ended.body());
        events.await("session.closed", e -> e.sessionKey().equals(started.sessionKey()), WAIT);
    }

    @Test
    void aBasicCallOverTcp() throws Exception {
        Peer.Run run = sipp(sipPort, List.of("-sn", "uac", "-t", "t1"));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event ended = events.await("call.ended", e -> true, WAIT);
        assertEquals("caller", ended.header(GptRealtimeConstants.CALL_ENDED_BY));
    }

    @Test
    void optionsIsAnsweredWithWhatWeAllow() throws Exception {
        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("options.xml")));
        assertEquals(0, run.exitCode(), run.output());
    }

    @Test
    void aCancelledCallGets487AndItsSessionCloses() throws Exception {
        // the session takes 3 s to open, so the call is still ringing when the caller cancels
        sim.faults().add(FaultRule.when(Trigger.onClientEvent("session.update"))
                .then(FaultAction.delayOutbound(Duration.ofSeconds(3))));
        int before = sim.sessions().size();
        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("cancel.xml")));
        assertEquals(0, run.exitCode(), run.output());
        await().atMost(WAIT).until(() -> sim.sessions().size() > before
                                          && !sim.sessions().get(sim.sessions().size() - 1).isOpen());
        assertTrue(events.of("call.started", null).isEmpty(), "a cancelled call never starts: " + events.describe());
    }

    @Test
    void anOfferWithoutACommonCodecGets488AndNoSession() throws Exception {
        int before = sim.sessions().size();
        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("no-common-codec.xml")));
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(before, sim.sessions().size(), "no session is opened for a call that cannot be answered");
    }

    @Test
    void pcmaSpeechAndDtmfReachTheSessionAndTheRouteAndTheCallerHearsTheReply() throws Exception {
        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("pcma-speech-dtmf-echo.xml"), "-rtp_echo"));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event started = events.await("call.started", e -> true, WAIT);
        assertEquals("4711", ((java.util.Map<?, ?>) started.header(GptRealtimeConstants.CALL_HEADERS))
                .get("X-Customer-Id"));
        CallRecorder.Event dtmf = events.await("call.dtmf", e -> true, WAIT);
        assertEquals("1", dtmf.header(GptRealtimeConstants.DTMF));
        assertEquals(started.sessionKey(), dtmf.sessionKey());
        events.await("input_audio_buffer.speech_started", e -> e.sessionKey().equals(started.sessionKey()), WAIT);
        events.await("call.ended", e -> e.sessionKey().equals(started.sessionKey()), WAIT);

        SimulatedSession server = lastSessionOf(started.sessionKey());
        assertEquals("audio/pcma", server.effectiveSession().path("audio").path("input").path("format")
                .path("type").asText(), "G.711 passes through: the session takes PCMA");
        long appended = base64Bytes(server.receivedOfType("input_audio_buffer.append"));
        TelephonyGateways.EndedCall call = endedCall(started.sessionKey());
        // g711a.pcap carries 30 ms packets (240 bytes); sipp stops it when the DTMF pcap starts at 6 s (~200
        // packets); the pause after it is filled with silence in 20 ms frames
        long audioPackets = call.mediaStats().get("packetsIn") - call.mediaStats().get("dtmfPacketsIn");
        long filled = call.mediaStats().get("gapFillFrames") * 160;
        assertTrue(audioPackets >= 190, "audio packets " + call.mediaStats());
        assertEquals(audioPackets * 240 + filled, appended, "every byte reaches the session: " + call.mediaStats());
        assertTrue(filled <= 2 * 8000, "at most a second of silence per pause: " + call.mediaStats());
        assertTrue(server.sentOfType("response.output_audio.delta").size() > 0, "the assistant answered");

        assertEquals(CallEndedBy.caller, call.endedBy());
        // sipp -rtp_echo sends back what it received: our own SSRC coming back proves the caller got the reply
        long looped = call.mediaStats().get("loopedPackets");
        long sent = call.mediaStats().get("packetsOut");
        assertTrue(sent >= 70, "the 1.5 s reply is about 75 packets, sent " + sent);
        assertTrue(looped >= sent - 5, "the caller echoed " + looped + " of " + sent + " packets");
        assertEquals(0, call.mediaStats().get("malformedPackets"));
    }

    @Test
    void aSpeechStreamReachesTheSession() throws Exception {
        Peer.require("flite", "flite");
        Peer.require("sox", "sox");
        Path wav = work.resolve("speech.wav");
        Peer.Run tts = Peer.run(work, List.of("flite", "-voice", "slt", "-t",
                "Hello, I would like to know your opening hours on Saturday.", "-o", wav.getFileName().toString()),
                30);
        assertEquals(0, tts.exitCode(), tts.output());
        Peer.Run sox = Peer.run(work, List.of("sox", "speech.wav", "-D", "-r", "8000", "-c", "1", "-e", "u-law", "-t",
                "raw", "speech.ulaw"), 30);
        assertEquals(0, sox.exitCode(), sox.output());
        long size = Files.size(work.resolve("speech.ulaw"));

        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("pcmu-speech-stream.xml")));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event started = events.await("call.started", e -> true, WAIT);
        events.await("input_audio_buffer.speech_started", e -> e.sessionKey().equals(started.sessionKey()), WAIT);
        events.await("response.done", e -> e.sessionKey().equals(started.sessionKey()), WAIT);
        events.await("call.ended", e -> e.sessionKey().equals(started.sessionKey()), WAIT);
        SimulatedSession server = lastSessionOf(started.sessionKey());
        long appended = base64Bytes(server.receivedOfType("input_audio_buffer.append"));
        assertTrue(appended >= size - 160, "streamed " + size + " bytes, the session got " + appended);
        assertTrue(endedCall(started.sessionKey()).mediaStats().get("packetsOut") > 0, "the reply was sent");
    }

    @Test
    void aRouteHangsUpTheCall() throws Exception {
        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("hung-up-by-gateway.xml"), "-s", "hangup"));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event ended = events.await("call.ended", e -> true, WAIT);
        assertEquals("agent", ended.header(GptRealtimeConstants.CALL_ENDED_BY));
        events.await("session.closed", e -> e.sessionKey().equals(ended.sessionKey()), WAIT);
    }

    @Test
    void aRouteTransfersTheCallWithRefer() throws Exception {
        Peer.Run run = sipp(sipPort, List.of("-sf", scenario("transferred.xml"), "-s", "transfer"));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event ended = events.await("call.ended", e -> true, WAIT);
        assertEquals("agent", ended.header(GptRealtimeConstants.CALL_ENDED_BY));
        assertEquals("transferred to sip:billing@example.com", ended.body());
    }

    @Test
    void aCallWithoutMediaIsHungUpAfterTheInactivityTimeout() throws Exception {
        Peer.Run run = sipp(quietSipPort, List.of("-sf", scenario("hung-up-by-gateway.xml")));
        assertEquals(0, run.exitCode(), run.output());
        CallRecorder.Event ended = events.await("call.ended", e -> true, WAIT);
        assertEquals("timeout", ended.header(GptRealtimeConstants.CALL_ENDED_BY));
        long duration = (Long) ended.header(GptRealtimeConstants.CALL_DURATION_MS);
        // the inactivity clock starts with the RTP session while the call is being answered, the call's duration
        // once the answer went out (CallBridge): a timeout of 1500 ms can show as a duration a few ms below it
        assertTrue(duration >= 1400 && duration < 4000, "ended after " + duration + " ms");
    }

    @Test
    void garbageOnTheSipPortDoesNotDisturbTheNextCall() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, Peer.LOOPBACK)) {
            List<byte[]> junk = new ArrayList<>();
            junk.add(new byte[] { 0, 1, 2, 3, (byte) 0xff });
            junk.add("INVITE sip:x SIP/2.0\r\nVia: nonsense\r\nCSeq: abc INVITE\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            junk.add(("INVITE sip:assistant@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bK1\r\n"
                      + "From: <sip:a@b>;tag=1\r\nTo: <sip:c@d>\r\nCall-ID: junk-1\r\nCSeq: 1 INVITE\r\n"
                      + "Content-Type: application/sdp\r\nContent-Length: 9\r\n\r\nnot sdp!!")
                    .getBytes(StandardCharsets.UTF_8));
            for (byte[] b : junk) {
                s.send(new DatagramPacket(b, b.length, Peer.LOOPBACK, sipPort));
            }
        }
        Peer.Run run = sipp(sipPort, List.of("-sn", "uac"));
        assertEquals(0, run.exitCode(), run.output());
        events.await("call.ended", e -> true, WAIT);
    }

    // ------------------------------------------------------------------------------------------ helpers

    static Peer.Run sipp(int port, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sipp", "127.0.0.1:" + port, "-i", "127.0.0.1", "-p",
                String.valueOf(Peer.freeUdpTcpPort()), "-mi", "127.0.0.1", "-mp",
                String.valueOf(Peer.freeUdpPortTriple()), "-m", "1", "-nostdin", "-timeout", "40", "-timeout_error",
                "-max_recv_loops", "1000"));
        cmd.addAll(args);
        return Peer.run(work, cmd, 60);
    }

    static String scenario(String name) {
        return Path.of("src", "test", "resources", "sipp", name).toAbsolutePath().toString();
    }

    static SimulatedSession lastSessionOf(String sessionKey) {
        // each call has its own simulator session; calls in these tests run one at a time
        return sim.lastSession();
    }

    static long base64Bytes(List<RecordedEvent> appends) {
        long n = 0;
        for (RecordedEvent e : appends) {
            n += java.util.Base64.getDecoder().decode(e.json().path("audio").asText()).length;
        }
        return n;
    }

    static TelephonyGateways.EndedCall endedCall(String sessionKey) {
        TelephonyGateways gateways = ((GptRealtimeConsumer) camel.getRoute("phone").getConsumer()).getGateways();
        await().atMost(WAIT).until(() -> gateways.recentCalls().stream()
                .anyMatch(c -> c.call().sessionKey().equals(sessionKey)));
        return gateways.recentCalls().stream().filter(c -> c.call().sessionKey().equals(sessionKey)).findFirst()
                .orElseThrow();
    }
}
