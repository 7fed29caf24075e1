package io.gptrealtime.camel.bench;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.Pcm16;
import io.gptrealtime.camel.playout.BargeInPolicy;
import io.gptrealtime.camel.playout.PacedAudioPort;
import io.gptrealtime.camel.playout.PlayoutController;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.TurnDetection;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.transport.RealtimeUrls;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;

/**
 * Barge-in reaction time: from {@code input_audio_buffer.speech_started} arriving on the socket reader to the audio
 * port being cleared, over many interruptions of a reply playing on a real-time paced port, against the simulator.
 * Prints p50/p99/max in microseconds. Run:
 * {@code mvn -B -q -pl camel-gpt-realtime -am test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test "-Dexec.args=-cp %classpath io.gptrealtime.camel.bench.BargeInBenchmark 200"}
 */
public final class BargeInBenchmark {

    private BargeInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ExecutorService sockets = Executors.newCachedThreadPool();
        ExecutorService dispatch = Executors.newFixedThreadPool(2);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        RealtimeEngine engine = new RealtimeEngine(null, sockets, dispatch, clock);
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey("sk-bench")
                .scenario(Scenario.builder().fallbackReply(Reply.say("A long answer.",
                        AudioSource.tone(440, Duration.ofMillis(3000)))).build())
                .build().start()) {
            RealtimeSessionConfig config = RealtimeSessionConfig.realtime().setModel("gpt-realtime-2");
            config.audioInput().setTurnDetection(TurnDetection.serverVad().setCreateResponse(false));
            SessionSettings settings = SessionSettings.builder()
                    .url(RealtimeUrls.forModel(sim.baseUrl(), "gpt-realtime-2")).apiKey("sk-bench")
                    .initialConfig(config).serverCreatesResponses(false).build();
            Agent agent = engine.agent("bench");
            RealtimeSession session = agent.openSession("b", 1, () -> settings);
            session.whenOpen().get(10, TimeUnit.SECONDS);
            ConcurrentLinkedQueue<Long> reactions = new ConcurrentLinkedQueue<>();
            CountDownLatch[] heard = new CountDownLatch[1];
            int[] frames = new int[1];
            PacedAudioPort port = new PacedAudioPort(AudioFormat.REALTIME_PCM, (frame, first) -> {
                if (++frames[0] == 10) {
                    heard[0].countDown();
                }
            }, clock, 20, 60_000);
            PlayoutController.attach(session, port, AudioFormat.REALTIME_PCM, BargeInPolicy.IMMEDIATE, clock,
                    reactions::add);
            byte[] speech = speech(300);
            byte[] silence = new byte[24 * 2 * 700];
            for (int i = 0; i < rounds; i++) {
                heard[0] = new CountDownLatch(1);
                frames[0] = 0;
                session.send(new ConversationItemCreateEvent(ConversationItem.userText("talk")));
                session.requestResponse(null).get(10, TimeUnit.SECONDS);
                if (!heard[0].await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no playback in round " + i);
                }
                int before = reactions.size();
                session.appendAudio(speech, 0, speech.length);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (reactions.size() == before && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                session.appendAudio(silence, 0, silence.length); // the caller stops: speech_stopped
                while (session.activeResponseId() != null) {
                    Thread.sleep(1);
                }
            }
            long[] us = reactions.stream().mapToLong(n -> n / 1000).sorted().toArray();
            System.out.printf("barge-in reaction (speech_started received -> port cleared), %d interruptions:%n",
                    us.length);
            System.out.printf("  p50 %d us   p99 %d us   max %d us%n", pct(us, 50), pct(us, 99),
                    us[us.length - 1]);
            session.close().get(5, TimeUnit.SECONDS);
        } finally {
            engine.shutdown(5000);
            sockets.shutdown();
            dispatch.shutdown();
            clock.shutdown();
        }
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static byte[] speech(int ms) {
        short[] s = new short[ms * 24];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (12000 * Math.sin(2 * Math.PI * 1000 * i / 24000.0));
        }
        return Pcm16.toBytes(s);
    }
}
