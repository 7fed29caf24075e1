package io.gptrealtime.camel.playout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.Pcm16;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.session.EngineFixture;
import io.gptrealtime.camel.protocol.TurnDetection;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Barge-in against the simulator: the assistant's reply plays on a real-time paced port; the caller starts speaking
 * after 1.2 s have been heard; the port is cleared and the item truncated at what was heard.
 */
class BargeInTest {

    static final String KEY = "sk-barge-in";

    @RegisterExtension
    static RealtimeSimulatorExtension oneItem = simulator(Reply.builder()
            .message("Once upon a time there was a very long story that nobody wanted to hear.",
                    AudioSource.tone(440, Duration.ofMillis(5000)))
            .build());

    @RegisterExtension
    static RealtimeSimulatorExtension twoItems = simulator(Reply.builder()
            .message("First part.", AudioSource.tone(440, Duration.ofMillis(2000)))
            .message("Second part that goes on and on.", AudioSource.tone(660, Duration.ofMillis(3000)))
            .build());

    static RealtimeSimulatorExtension simulator(Reply reply) {
        return RealtimeSimulatorExtension.builder().apiKey(KEY)
                .scenario(Scenario.builder().fallbackReply(reply).build()).build();
    }

    /** Records frames with their time; records when the port was cleared. */
    static final class ListeningPort implements FrameSink {
        final List<long[]> frames = Collections.synchronizedList(new ArrayList<>());
        volatile long clearedAt;
        volatile CountDownLatch heard = new CountDownLatch(1);
        volatile int framesUntilHeard;

        @Override
        public void onFrame(byte[] frame, boolean talkspurt) {
            frames.add(new long[] { System.nanoTime(), frame.length });
            if (frames.size() == framesUntilHeard) {
                heard.countDown();
            }
        }

        long framesAfter(long nanos) {
            synchronized (frames) {
                return frames.stream().filter(f -> f[0] > nanos).count();
            }
        }
    }

    @Test
    void theCallerInterruptsAfterOnePointTwoSeconds() throws Exception {
        runBargeIn(oneItem, 1200, 1);
    }

    @Test
    void aReplyWithTwoAudioItemsIsTruncatedInTheItemBeingPlayed() throws Exception {
        runBargeIn(twoItems, 3200, 2);
    }

    private void runBargeIn(RealtimeSimulatorExtension sim, int interruptAtMs, int expectedItems)
            throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            ListeningPort sink = new ListeningPort();
            sink.framesUntilHeard = interruptAtMs / 20;
            ClearTimingPort port = new ClearTimingPort(new PacedAudioPort(AudioFormat.REALTIME_PCM, sink, f.scheduler,
                    20, 600_000), sink);
            EngineFixture.RecordingListener events = new EngineFixture.RecordingListener();
            f.engine.agent("barge").addListener(events);
            RealtimeSession session = f.engine.agent("barge").openSession("caller", 10,
                    () -> EngineFixture.settings(sim.baseUrl(), KEY).build());
            session.whenOpen().get(5, TimeUnit.SECONDS);
            PlayoutController controller = PlayoutController.attach(session, port, AudioFormat.REALTIME_PCM,
                    BargeInPolicy.IMMEDIATE, f.scheduler, nanos -> {
                    });

            session.send(new ConversationItemCreateEvent(ConversationItem.userText("Tell me a story")));
            session.requestResponse(null);
            assertTrue(sink.heard.await(15, TimeUnit.SECONDS), "the reply did not play");
            // the caller starts speaking (and goes on: no speech_stopped, so no new response plays during the check)
            byte[] voice = speech(300, 0);
            session.appendAudio(voice, 0, voice.length);

            SimulatedSession server = sim.lastSession();
            List<RecordedEvent> truncates = server.awaitReceived("conversation.item.truncate", 1,
                    Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(5)).until(() -> port.clearedAt > 0);
            Thread.sleep(200);
            assertEquals(0, sink.framesAfter(port.clearedAt), "audio reached the port after the clear");

            List<String> assistantItems = server.sentOfType("response.output_item.added").stream()
                    .map(r -> r.json().path("item").path("id").asText()).toList();
            assertEquals(expectedItems, assistantItems.size());
            RecordedEvent truncate = truncates.get(truncates.size() - 1);
            String lastItem = assistantItems.get(expectedItems - 1);
            assertEquals(lastItem, truncate.json().path("item_id").asText(), "the item being played is truncated");
            long heardOfItem = interruptAtMs - 2000L * (expectedItems - 1);
            long audioEnd = truncate.json().path("audio_end_ms").asLong();
            assertTrue(Math.abs(audioEnd - heardOfItem) <= 40,
                    "audio_end_ms " + audioEnd + " is not within 40 ms of " + heardOfItem);
            assertEquals(1, server.receivedOfType("conversation.item.truncate").size(),
                    "a fully heard item is not truncated");
            assertTrue(server.sentOfType("error").isEmpty(), "the service rejected something: "
                                                             + server.sentOfType("error"));
            await().atMost(Duration.ofSeconds(5)).until(() -> events.types().contains(InterruptionEvent.TYPE));
            InterruptionEvent report;
            synchronized (events.events) {
                report = (InterruptionEvent) events.events.stream()
                        .filter(e -> InterruptionEvent.TYPE.equals(e.getType())).findFirst().orElseThrow();
            }
            assertEquals(audioEnd, report.getHeardMs());
            assertTrue(report.getHeardTranscript().length() > 0
                       && report.getHeardTranscript().length() < 40, report.getHeardTranscript());
            assertEquals(1, controller.interruptions());
        }
    }

    @Test
    void aShortNoiseOnlyPausesAndPlaybackResumes() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            ListeningPort sink = new ListeningPort();
            sink.framesUntilHeard = 60;
            PacedAudioPort port = new PacedAudioPort(AudioFormat.REALTIME_PCM, sink, f.scheduler, 20, 600_000);
            RealtimeSession session = openWithoutServerInterruption(f, oneItem);
            PlayoutController controller = PlayoutController.attach(session, port, AudioFormat.REALTIME_PCM,
                    new BargeInPolicy(400, true), f.scheduler, nanos -> {
                    });
            session.send(new ConversationItemCreateEvent(ConversationItem.userText("Tell me a story")));
            session.requestResponse(null);
            assertTrue(sink.heard.await(15, TimeUnit.SECONDS));
            byte[] cough = speech(100, 700);
            session.appendAudio(cough, 0, cough.length);
            SimulatedSession server = oneItem.lastSession();
            server.awaitSent("input_audio_buffer.speech_stopped", Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.frames.size() >= 5000 / 20);
            assertEquals(1, controller.falseInterruptions());
            assertEquals(0, controller.interruptions());
            assertTrue(server.receivedOfType("conversation.item.truncate").isEmpty());
            assertTrue(server.receivedOfType("response.cancel").isEmpty());
        }
    }

    @Test
    void speechLongerThanTheMinimumInterruptsAtThePausePoint() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            ListeningPort sink = new ListeningPort();
            sink.framesUntilHeard = 60;
            PacedAudioPort port = new PacedAudioPort(AudioFormat.REALTIME_PCM, sink, f.scheduler, 20, 600_000);
            RealtimeSession session = openWithoutServerInterruption(f, oneItem);
            PlayoutController controller = PlayoutController.attach(session, port, AudioFormat.REALTIME_PCM,
                    new BargeInPolicy(300, true), f.scheduler, nanos -> {
                    });
            session.send(new ConversationItemCreateEvent(ConversationItem.userText("Tell me a story")));
            session.requestResponse(null);
            assertTrue(sink.heard.await(15, TimeUnit.SECONDS));
            byte[] voice = speech(600, 0);
            session.appendAudio(voice, 0, voice.length);
            SimulatedSession server = oneItem.lastSession();
            RecordedEvent truncate = server.awaitReceived("conversation.item.truncate", 1, Duration.ofSeconds(5))
                    .get(0);
            long audioEnd = truncate.json().path("audio_end_ms").asLong();
            assertTrue(Math.abs(audioEnd - 1200) <= 40, "paused at " + audioEnd + " ms, expected about 1200");
            // the simulator streams in bursts, so the response was done before the caller spoke: cancelling it would
            // only earn response_cancel_not_active
            assertTrue(server.receivedOfType("response.cancel").isEmpty());
            assertEquals(1, controller.interruptions());
            assertTrue(server.sentOfType("error").isEmpty(), server.sentOfType("error").toString());
        }
    }

    /** Server VAD that reports speech but leaves cancelling (and responding) to the client. */
    private static RealtimeSession openWithoutServerInterruption(EngineFixture f, RealtimeSimulatorExtension sim)
            throws Exception {
        SessionSettings settings = EngineFixture.settings(sim.baseUrl(), KEY).serverCreatesResponses(false).build();
        settings.initialConfig().audioInput().setTurnDetection(TurnDetection.serverVad().setInterruptResponse(false)
                .setCreateResponse(false));
        RealtimeSession session = f.engine.agent("min-" + System.nanoTime()).openSession("caller", 10,
                () -> settings);
        session.whenOpen().get(5, TimeUnit.SECONDS);
        return session;
    }

    /** 1 kHz at high level for {@code voiceMs}, then silence: PCM16 24 kHz. */
    static byte[] speech(int voiceMs, int silenceMs) {
        int rate = 24_000;
        short[] s = new short[(voiceMs + silenceMs) * rate / 1000];
        for (int i = 0; i < voiceMs * rate / 1000; i++) {
            s[i] = (short) (12000 * Math.sin(2 * Math.PI * 1000 * i / rate));
        }
        return Pcm16.toBytes(s);
    }

    /** Delegates to a paced port and notes when it was cleared. */
    static final class ClearTimingPort implements AudioPort {
        final PacedAudioPort delegate;
        final ListeningPort sink;
        volatile long clearedAt;

        ClearTimingPort(PacedAudioPort delegate, ListeningPort sink) {
            this.delegate = delegate;
            this.sink = sink;
        }

        @Override
        public AudioFormat format() {
            return delegate.format();
        }

        @Override
        public void write(String itemId, byte[] audio, int offset, int length) {
            delegate.write(itemId, audio, offset, length);
        }

        @Override
        public long clear() {
            long dropped = delegate.clear();
            clearedAt = System.nanoTime();
            return dropped;
        }

        @Override
        public void pause() {
            delegate.pause();
        }

        @Override
        public void resume() {
            delegate.resume();
        }

        @Override
        public long heardMs(String itemId) {
            return delegate.heardMs(itemId);
        }

        @Override
        public long receivedMs(String itemId) {
            return delegate.receivedMs(itemId);
        }

        @Override
        public boolean isPlaying() {
            return delegate.isPlaying();
        }

        @Override
        public String currentItemId() {
            return delegate.currentItemId();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
