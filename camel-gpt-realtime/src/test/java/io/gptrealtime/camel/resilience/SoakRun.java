package io.gptrealtime.camel.resilience;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        // named pools, so the thread figures say whose threads they are; the socket pool is a cached pool (idle
        // threads live 60 s), like the component's default
        ExecutorService sockets = Executors.newCachedThreadPool(named("okhttp-socket"));
        ExecutorService dispatch = Executors.newFixedThreadPool(8, named("event-dispatch"));
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, named("session-timer"));
        ExecutorService callers = Executors.newFixedThreadPool(sessions, named("soak-caller"));
        RealtimeEngine engine = new RealtimeEngine(null, sockets, dispatch, timers);
        AtomicLong turns = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        // the in-process simulator records events for test assertions; keep that small so the figures measure the
        // component, not the stand-in's recorder
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey("sk-soak").pace(Pace.REALTIME)
                .maxSessions(sessions + 10)
                .maxRecordedEventsPerSession(200).maxRecordedCharsPerSession(256 * 1024)
                .maxKeptAudioBytesPerSession(256 * 1024)
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
            System.out.println("threads at the start by name: " + threadGroups());
            long end = System.nanoTime() + (long) (minutes * 60e9);
            List<Future<?>> running = new ArrayList<>();
            Map<String, RealtimeSession> live = new ConcurrentHashMap<>();
            Map<String, String> phase = new ConcurrentHashMap<>();
            ScheduledFuture<?> progress = timers.scheduleAtFixedRate(() -> printProgress(turns, failures, live, phase),
                    30, 30, TimeUnit.SECONDS);
            for (int i = 0; i < sessions; i++) {
                String key = "soak-" + i;
                running.add(callers.submit(() -> {
                    phase.put(key, "open");
                    RealtimeSession s = agent.openSession(key, sessions + 1, () -> settings(sim));
                    live.put(key, s);
                    s.whenOpen().get(30, TimeUnit.SECONDS);
                    byte[] chunk = new byte[4800];
                    while (System.nanoTime() < end) {
                        try {
                            phase.put(key, "audio");
                            for (int c = 0; c < 10; c++) {
                                s.appendAudio(chunk, 0, chunk.length);
                                Thread.sleep(100);
                            }
                            phase.put(key, "text");
                            s.send(new ConversationItemCreateEvent(ConversationItem.userText("How are you?")));
                            phase.put(key, "response");
                            s.requestResponse(null).get(30, TimeUnit.SECONDS);
                            phase.put(key, "playing");
                            while (s.activeResponseId() != null && System.nanoTime() < end) {
                                Thread.sleep(20);
                            }
                            turns.incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    phase.put(key, "close");
                    s.close().get(10, TimeUnit.SECONDS);
                    live.remove(key); // the harness must not be what keeps a closed session in memory
                    phase.put(key, "done");
                    return null;
                }));
            }
            ScheduledFuture<?> midway = timers.schedule(() -> {
                try {
                    Snapshot mid = Snapshot.take();
                    System.out.printf("midway: %s; %d sessions open, heap %.1f KiB per session over the start%n",
                            mid, live.size(), (mid.heapBytes - start.heapBytes) / 1024.0 / Math.max(1, live.size()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, (long) (minutes * 30_000), TimeUnit.MILLISECONDS);
            long deadline = end + TimeUnit.MINUTES.toNanos(2);
            int unfinished = 0;
            for (Future<?> f : running) {
                try {
                    f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    unfinished++;
                } catch (ExecutionException e) {
                    System.out.println("session failed: " + e.getCause());
                }
            }
            progress.cancel(false);
            midway.cancel(false);
            if (unfinished > 0) {
                System.out.println(unfinished + " sessions did not finish within 2 minutes of the end; phases: "
                                   + phases(phase));
                for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
                    System.out.print(t);
                }
            }
            // the end figures are about the component: stop the harness's own caller threads and let the
            // simulator forget the closed sessions it recorded for assertions
            callers.shutdown();
            callers.awaitTermination(10, TimeUnit.SECONDS);
            sim.reset();
            Thread.sleep(2000);
            Snapshot after = Snapshot.take();
            System.out.println("end:   " + after);
            System.out.println("threads at the end by name: " + threadGroups());
            if (Boolean.getBoolean("soak.histogram")) {
                System.out.println(classHistogram(25));
            }
            // idle threads of cached pools (OkHttp's socket threads, its task runner) end after 60 s without work
            Thread.sleep(65_000);
            Snapshot idle = Snapshot.take();
            System.out.println("end + 65 s idle: " + idle);
            System.out.println("threads after 65 s idle by name: " + threadGroups());
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

    private static void printProgress(AtomicLong turns, AtomicLong failures, Map<String, RealtimeSession> live,
                                      Map<String, String> phase) {
        Map<String, Integer> states = new TreeMap<>();
        for (RealtimeSession s : live.values()) {
            states.merge(s.state().name(), 1, Integer::sum);
        }
        System.out.printf("progress: %d turns, %d failed; states %s; phases %s%n", turns.get(), failures.get(),
                states, phases(phase));
    }

    private static ThreadFactory named(String prefix) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The top lines of the JVM's class histogram (live objects), to see what the heap difference is made of. */
    private static String classHistogram(int lines) throws Exception {
        javax.management.ObjectName diag = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
        String histo = (String) ManagementFactory.getPlatformMBeanServer().invoke(diag, "gcClassHistogram",
                new Object[] { new String[0] }, new String[] { String[].class.getName() });
        return String.join("\n", histo.lines().limit(lines + 2L).toList());
    }

    /** Live threads counted by name with digits removed, so pools show as one line each. */
    private static Map<String, Integer> threadGroups() {
        Map<String, Integer> groups = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            groups.merge(t.getName().replaceAll("\\d+", "#"), 1, Integer::sum);
        }
        return groups;
    }

    private static Map<String, Integer> phases(Map<String, String> phase) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String p : phase.values()) {
            counts.merge(p, 1, Integer::sum);
        }
        return counts;
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
