package io.gptrealtime.camel.playout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.session.EngineFixture;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A carrier port can run dry between two deltas of a reply that is still streaming (deltas at real-time pace, playback
 * acknowledged as it goes). Speech starting in that instant is still an interruption of the assistant.
 */
class DryPortBargeInTest {

    static final String KEY = "sk-dry-port";

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).pace(Pace.REALTIME)
            .scenario(Scenario.builder()
                    .fallbackReply(Reply.say("A long answer.", AudioSource.tone(440, Duration.ofMillis(3000))))
                    .build())
            .build();

    /** Everything written has been played at once: the port is never "playing" when asked. */
    static final class DryPort implements AudioPort {
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger clears = new AtomicInteger();
        volatile String lastItem;
        volatile long bytes;

        @Override
        public AudioFormat format() {
            return AudioFormat.REALTIME_PCM;
        }

        @Override
        public void write(String itemId, byte[] audio, int offset, int length) {
            lastItem = itemId;
            bytes += length;
            writes.incrementAndGet();
        }

        @Override
        public long clear() {
            clears.incrementAndGet();
            return 0;
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public long heardMs(String itemId) {
            return AudioFormat.REALTIME_PCM.durationMs(bytes);
        }

        @Override
        public long receivedMs(String itemId) {
            return AudioFormat.REALTIME_PCM.durationMs(bytes);
        }

        @Override
        public boolean isPlaying() {
            return false;
        }

        @Override
        public String currentItemId() {
            return lastItem;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void speechBetweenTwoDeltasOfAStreamingReplyInterruptsIt() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("dry", EngineFixture.settings(sim.baseUrl(), KEY)
                    .serverCreatesResponses(false).build(), l);
            DryPort port = new DryPort();
            PlayoutController controller = PlayoutController.attach(s, port, AudioFormat.REALTIME_PCM,
                    BargeInPolicy.IMMEDIATE, f.scheduler, ns -> {
                    });
            s.connect().get(5, TimeUnit.SECONDS);
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("Tell me everything.")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> port.writes.get() >= 3);
            assertTrue(s.activeResponseId() != null, "the reply is still streaming");

            SimulatedSession server = sim.lastSession();
            server.sendRaw("{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"event_dry_1\","
                           + "\"audio_start_ms\":500,\"item_id\":\"item_dry_1\"}");
            await().atMost(Duration.ofSeconds(5)).until(() -> l.types().contains(InterruptionEvent.TYPE));
            assertEquals(1, port.clears.get(), "the port was cleared although it had run dry");
            assertEquals(1, controller.interruptions());
        }
    }

    @Test
    void speechAfterTheReplyIsDoneIsAnOrdinaryTurn() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("dry-done", EngineFixture.settings(sim.baseUrl(), KEY)
                    .serverCreatesResponses(false).build(), l);
            DryPort port = new DryPort();
            PlayoutController controller = PlayoutController.attach(s, port, AudioFormat.REALTIME_PCM,
                    BargeInPolicy.IMMEDIATE, f.scheduler, ns -> {
                    });
            s.connect().get(5, TimeUnit.SECONDS);
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("Tell me everything.")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> l.types().contains("response.done"));
            sim.lastSession().sendRaw("{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"event_dry_2\","
                                      + "\"audio_start_ms\":4000,\"item_id\":\"item_dry_2\"}");
            await().atMost(Duration.ofSeconds(5)).until(() -> l.types().contains("input_audio_buffer.speech_started"));
            Thread.sleep(100);
            assertEquals(0, port.clears.get());
            assertEquals(0, controller.interruptions());
            assertTrue(!l.types().contains(InterruptionEvent.TYPE));
        }
    }
}
