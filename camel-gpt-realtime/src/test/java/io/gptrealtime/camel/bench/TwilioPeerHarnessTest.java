package io.gptrealtime.camel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.telephony.GatewayRoutes;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the Java side of {@link TwilioPeerBenchmark} honest without node: one scripted call of the fake Twilio
 * through our bridge (in this JVM) to the real-time simulator, with one barge-in. The fake must see the reply, send
 * the barge-in, receive {@code clear}, and the measurements must come out: the truncate the simulator received must
 * not pass what the simulated Twilio had played, and trail it by little.
 */
class TwilioPeerHarnessTest {

    @Test
    @Timeout(30)
    void oneCallWithABargeInIsMeasuredThroughOurBridge() throws Exception {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey(TwilioPeerBenchmark.KEY).pace(Pace.REALTIME)
                .wireNulls(true)
                .scenario(Scenario.builder().fallbackReply(Reply.say(TwilioPeerBenchmark.REPLY_TEXT,
                        AudioSource.tone(440, Duration.ofMillis(3000)))).build())
                .build().start()) {
            int port = GatewayRoutes.freePort();
            try (GatewayRoutes routes = new GatewayRoutes("gpt-realtime:bench?twilio=true&twilioPort=" + port
                                                          + "&baseUrl=" + sim.baseUrl() + "&apiKey="
                                                          + TwilioPeerBenchmark.KEY + "&model=gpt-realtime")) {
                FakeTwilioCall call = new FakeTwilioCall("CAharness", 1, 1, clock);
                call.start(HttpClient.newHttpClient(), URI.create("ws://127.0.0.1:" + port + "/media"));
                SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(10)).get(0);
                call.finished().get(20, TimeUnit.SECONDS);

                CallMetrics m = CallMetrics.of(call, session);
                assertNull(m.failure, m.failure);
                assertEquals(1, m.barges);
                assertEquals(1, m.bargesDetected, "the simulator's VAD heard the caller talk over the reply");
                assertEquals(1, m.clearReactionNanos.size(), "clear reached the fake Twilio");
                assertTrue(m.clearReactionNanos.get(0) > 0
                           && m.clearReactionNanos.get(0) < TimeUnit.MILLISECONDS.toNanos(500),
                        "speech_started -> clear: " + m.clearReactionNanos);
                assertEquals(1, m.truncateErrorMs.size(), "one truncate for the barge-in");
                double error = m.truncateErrorMs.get(0);
                // we truncate at the last acknowledged mark plus what played since of the chunk after it: close to
                // what was heard (on loopback the estimate runs ahead by the delivery time only), with slack below
                // for what played while clear travelled on a loaded CI
                assertTrue(error <= 20 && error > -250, "audio_end_ms - heard = " + error + " ms");
                double vsAcked = m.truncateVsAckedMs.get(0);
                assertTrue(vsAcked >= -1 && vsAcked <= 101, "audio_end_ms - acked by marks = " + vsAcked
                                                          + " ms: at most the chunk after the last mark");
                assertTrue(m.firstAudioNanos.size() >= 1, "the reply's first delta reached the caller");
                assertTrue(m.serverErrors.isEmpty(), "simulator errors: " + m.serverErrors);
                assertEquals(0.0, m.audioAfterClearMs, "no reply audio after clear");
            }
        } finally {
            clock.shutdownNow();
        }
    }
}
