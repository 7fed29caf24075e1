package io.gptrealtime.it.telephony;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call from baresip, a real softphone: it speaks a flite sentence (then silence) and records what it hears. The
 * recording must contain the assistant's reply (a 440 Hz tone from the simulator), the simulator must have received
 * the caller's speech, and baresip's hang-up at the end of its file must end the session.
 */
class BaresipCallIT {

    static final String KEY = "sk-baresip-it";
    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder()
                    .fallbackReply(Reply.say("Saturday we are open until one.",
                            AudioSource.tone(440, Duration.ofMillis(2000))))
                    .build())
            .build();

    @Test
    void theCallerHearsTheReplyAndHangingUpEndsTheSession() throws Exception {
        Peer.require("baresip", "baresip-core");
        Peer.require("flite", "flite");
        Peer.require("sox", "sox");
        Path dir = Path.of("target", "telephony", "baresip-" + System.nanoTime()).toAbsolutePath();
        Path records = dir.resolve("records");
        Files.createDirectories(records);
        assertEquals(0, Peer.run(dir, List.of("flite", "-voice", "slt", "-t",
                "Hello, are you open on Saturday?", "-o", "speech.wav"), 30).exitCode());
        // baresip's aufile needs 8 kHz 16-bit mono; five seconds of silence leave time for the reply
        Peer.Run sox = Peer.run(dir, List.of("sox", "speech.wav", "-D", "-r", "8000", "-c", "1", "-b", "16", "-e",
                "signed-integer", "caller.wav", "pad", "0", "5"), 30);
        assertEquals(0, sox.exitCode(), sox.output());

        int sipPort = Peer.freeUdpTcpPort();
        int phonePort = Peer.freeUdpTcpPort();
        int[] rtp = Peer.rtpRange(20);
        Files.writeString(dir.resolve("config"), String.join("\n",
                "module_path /usr/lib/baresip/modules",
                "module stdio.so",
                "module g711.so",
                "module aufile.so",
                "module sndfile.so",
                "module_app account.so",
                "module_app menu.so",
                "sip_listen 127.0.0.1:" + phonePort,
                "audio_source aufile," + dir.resolve("caller.wav"),
                "snd_path " + records,
                "rtp_ports " + (rtp[0] + 100) + "-" + (rtp[1] + 100),
                ""));
        Files.writeString(dir.resolve("accounts"), "<sip:caller@127.0.0.1:" + phonePort
                                                   + ";transport=udp>;regint=0;audio_codecs=PCMU\n");

        CallRecorder events = new CallRecorder();
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gpt-realtime:phone?sip=true&sipTransport=udp&sipPort=" + sipPort + "&rtpPortMin=" + rtp[0]
                     + "&rtpPortMax=" + rtp[1] + "&baseUrl=" + sim.baseUrl() + "&apiKey=" + KEY
                     + "&events=session.closed,response.done")
                        .process(events);
            }
        });
        camel.start();
        Process baresip = null;
        try {
            // -n 127.0.0.1: without it baresip announces the host's external address in its SDP
            baresip = Peer.start(dir, List.of("baresip", "-f", dir.toString(), "-n", "127.0.0.1", "-e",
                    "/dial sip:assistant@127.0.0.1:" + sipPort, "-t", "25"), dir.resolve("baresip.log"));
            CallRecorder.Event ended = events.await("call.ended", e -> true, WAIT);
            assertEquals("caller", ended.header(GptRealtimeConstants.CALL_ENDED_BY), events.describe());
            events.await("session.closed", e -> e.sessionKey().equals(ended.sessionKey()), WAIT);
            events.await("response.done", e -> e.sessionKey().equals(ended.sessionKey()), WAIT);

            SimulatedSession server = sim.lastSession();
            long appended = SipGatewayIT.base64Bytes(server.receivedOfType("input_audio_buffer.append"));
            assertTrue(appended >= 8000 * 4, "the caller's speech and silence reached the session: " + appended);
        } finally {
            if (baresip != null) {
                baresip.destroy();
                baresip.waitFor(5, TimeUnit.SECONDS);
            }
            camel.stop();
        }
        Path heard;
        String log = Files.readString(dir.resolve("baresip.log"));
        try (Stream<Path> files = Files.list(records)) {
            heard = files.filter(p -> p.getFileName().toString().endsWith("-dec.wav")).findFirst()
                    .orElseThrow(() -> new AssertionError("baresip recorded nothing: " + log));
        }
        short[] samples = pcm16(Files.readAllBytes(heard));
        double tone = goertzelPower(samples, 8000, 440);
        double off = goertzelPower(samples, 8000, 1000);
        assertTrue(samples.length > 8000, "recording of " + samples.length + " samples");
        assertTrue(tone > 100 * off, "the caller heard the 440 Hz reply: power at 440 Hz " + tone + ", at 1 kHz " + off);
    }

    /** The samples of a 16-bit PCM WAV (data chunk found by name). */
    static short[] pcm16(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = b.getInt(pos + 4);
            if (id.equals("data")) {
                int n = Math.min(size, wav.length - pos - 8) / 2;
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = b.getShort(pos + 8 + 2 * i);
                }
                return s;
            }
            pos += 8 + size + (size & 1);
        }
        throw new AssertionError("no data chunk");
    }

    /** Goertzel power of one frequency over the whole signal. */
    static double goertzelPower(short[] x, int rate, double freq) {
        double coeff = 2 * Math.cos(2 * Math.PI * freq / rate);
        double s1 = 0;
        double s2 = 0;
        for (short v : x) {
            double s0 = v + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
}
