package io.gptrealtime.camel.resilience;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.session.Agent;
import io.gptrealtime.camel.session.RealtimeEngine;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionSettings;
import io.gptrealtime.camel.transport.RealtimeUrls;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;

/**
 * Soak harness (on demand, not part of the tests): N concurrent sessions talking for M minutes against the simulator
 * at real-time pace — each turn streams a second of caller audio in 100 ms chunks, then asks for an answer of a
 * second of audio. Prints heap after GC, live threads and open file descriptors at the start and the end.
 * <p>
 * {@code mvn -B -q -pl camel-gpt-realtime exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-Xmx1g -cp %classpath io.gptrealtime.camel.resilience.SoakRun 100 10"}
 */
public final class SoakRun {

    private SoakRun() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        ExecutorService sockets = Executors.newCachedThreadPool();
        ExecutorService dispatch = Executors.newFixedThreadPool(8);
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        ExecutorService callers = Executors.newFixedThreadPool(sessions);
        RealtimeEngine engine = new RealtimeEngine(null, sockets, dispatch, timers);
        AtomicLong turns = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        // the in-process simulator records events for test assertions; keep that small so the figures measure the
        // component, not the stand-in's recorder
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey("sk-soak").pace(Pace.REALTIME)
                .maxSessions(sessions + 10)
                .maxRecordedEventsPerSession(200).maxRecordedCharsPerSession(256 * 1024)
                .maxKeptAudioBytesPerSession(256 * 1024).maxConversationItems(200)
                .scenario(Scenario.builder().fallbackReply(Reply.say("Fine, thank you.",
                        AudioSource.tone(440, Duration.ofMillis(1000)))).build())
                .build().start()) {
            Agent agent = engine.agent("soak");
            // warm up one session so class loading and pools are in the starting figures
            RealtimeSession warm = agent.openSession("warm", sessions + 1, () -> settings(sim));
            warm.whenOpen().get(10, TimeUnit.SECONDS);
            warm.close().get(10, TimeUnit.SECONDS);
            Snapshot start = Snapshot.take();
            System.out.println("start: " + start);
            long end = System.nanoTime() + (long) (minutes * 60e9);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String key = "soak-" + i;
                running.add(callers.submit(() -> {
                    RealtimeSession s = agent.openSession(key, sessions + 1, () -> settings(sim));
                    s.whenOpen().get(30, TimeUnit.SECONDS);
                    byte[] chunk = new byte[4800];
                    while (System.nanoTime() < end) {
                        try {
                            for (int c = 0; c < 10; c++) {
                                s.appendAudio(chunk, 0, chunk.length);
                                Thread.sleep(100);
                            }
                            s.send(new ConversationItemCreateEvent(ConversationItem.userText("How are you?")));
                            s.requestResponse(null).get(30, TimeUnit.SECONDS);
                            while (s.activeResponseId() != null && System.nanoTime() < end) {
                                Thread.sleep(20);
                            }
                            turns.incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    s.close().get(10, TimeUnit.SECONDS);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            Thread.sleep(2000);
            Snapshot after = Snapshot.take();
            System.out.println("end:   " + after);
            System.out.printf("%d sessions for %.1f min: %d turns, %d failed turns; heap %+.1f MiB, threads %+d,"
                              + " fds %+d%n", sessions, minutes, turns.get(), failures.get(),
                    (after.heapBytes - start.heapBytes) / 1048576.0, after.threads - start.threads,
                    after.fds - start.fds);
        } finally {
            engine.shutdown(10_000);
            callers.shutdownNow();
            sockets.shutdown();
            dispatch.shutdown();
            timers.shutdown();
        }
    }

    private static SessionSettings settings(RealtimeSimulator sim) {
        RealtimeSessionConfig config = RealtimeSessionConfig.realtime().setModel("gpt-realtime-2");
        config.audioInput().clearTurnDetection();
        return SessionSettings.builder().url(RealtimeUrls.forModel(sim.baseUrl(), "gpt-realtime-2"))
                .apiKey("sk-soak").initialConfig(config).serverCreatesResponses(false)
                .connectTimeoutMillis(30_000).build();
    }

    /** Heap after a full GC, live threads, open file descriptors. */
    record Snapshot(long heapBytes, int threads, long fds) {
        static Snapshot take() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            File[] fd = new File("/proc/self/fd").listFiles();
            return new Snapshot(heap, ManagementFactory.getThreadMXBean().getThreadCount(),
                    fd == null ? -1 : fd.length);
        }

        @Override
        public String toString() {
            return String.format("heap after GC %.1f MiB, threads %d, open fds %d", heapBytes / 1048576.0, threads,
                    fds);
        }
    }
}
