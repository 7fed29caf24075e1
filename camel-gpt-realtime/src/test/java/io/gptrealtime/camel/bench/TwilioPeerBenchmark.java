package io.gptrealtime.camel.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleUnaryOperator;

import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;

/**
 * Side-by-side peer benchmark of Twilio Media Streams bridges: ours (a Camel context with a gpt-realtime consumer
 * and its Twilio listener, {@link TwilioGatewayMain}, in its own JVM) against the OpenAI Agents SDK's
 * {@code TwilioRealtimeTransportLayer} + {@code RealtimeSession} (examples/peer-bench/twilio-bridge.mjs, in node).
 * Both bridge the same fake Twilio calls ({@link FakeTwilioCall}) to the same simulator (real-time pace, server VAD
 * on the caller's audio, 3 s spoken replies) in this JVM. Per bridge and concurrency level it measures barge-in
 * reaction (speech_started sent → clear received), truncation error (audio_end_ms vs what the caller heard when
 * clear arrived), added reply latency (first output_audio.delta sent → first media received) and CPU/RSS of the
 * bridge process from /proc, and prints both side by side with ours/peer ratios.
 * <p>
 * Needs node and {@code npm ci} in examples/peer-bench. Run from the repository root (see docs/benchmarks.md):
 * <pre>
 * java -cp camel-gpt-realtime/target-peer/test-classes:camel-gpt-realtime/target-peer/classes:&lt;test classpath&gt;
 *      io.gptrealtime.camel.bench.TwilioPeerBenchmark [--calls 5] [--levels 10,25] [--turns 3] [--warmup 3]
 *      [--bridges ours,peer] [--peer-dir examples/peer-bench] [--node node] [--model gpt-realtime]
 *      [--ours-jvm '-Xms64m -Xmx512m'] [--peer-args '--sdk-defaults']
 *      [--log-dir camel-gpt-realtime/target-peer/peer-bench]
 * </pre>
 */
public final class TwilioPeerBenchmark {

    static final String KEY = "sk-peer-bench";
    static final long EPOCH = System.nanoTime();
    static final long IDLE_WINDOW_MS = 5000;
    static final String REPLY_TEXT = "Our opening hours are nine to five on weekdays and ten to two on Saturdays.";

    private TwilioPeerBenchmark() {
    }

    /** A bridge under test: a child process with a Twilio Media Streams WebSocket. */
    record Bridge(String name, Process process, URI twilio, Path log) {
        long pid() {
            return process.pid();
        }
    }

    /** One bridge at one concurrency level. */
    static final class LevelResult {
        final List<CallMetrics> calls = new ArrayList<>();
        long cpuMs;
        long rssBeforeKb;
        long rssPeakKb;
        int concurrency;
        double wallSeconds;
        int peakOpenSessions;
        long peakThreads;
        double loadAverage;
        /** The session configuration the bridge left in effect on its first call. */
        String sessionSummary;

        List<Double> ms(java.util.function.Function<CallMetrics, List<? extends Number>> f, double scale) {
            List<Double> out = new ArrayList<>();
            for (CallMetrics c : calls) {
                for (Number n : f.apply(c)) {
                    out.add(n.doubleValue() * scale);
                }
            }
            out.sort(null);
            return out;
        }

        int sum(java.util.function.ToIntFunction<CallMetrics> f) {
            return calls.stream().mapToInt(f).sum();
        }

        double callSeconds() {
            return calls.stream().mapToDouble(c -> c.callSeconds).sum();
        }

        long failed() {
            return calls.stream().filter(c -> c.failure != null).count();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int sequentialCalls = Integer.parseInt(opt.getOrDefault("calls", "5"));
        List<Integer> levels = new ArrayList<>();
        levels.add(1);
        for (String l : opt.getOrDefault("levels", "10,25").split(",")) {
            if (!l.isBlank()) {
                levels.add(Integer.parseInt(l.trim()));
            }
        }
        int turns = Integer.parseInt(opt.getOrDefault("turns", "3"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "3"));
        List<String> names = List.of(opt.getOrDefault("bridges", "ours,peer").split(","));
        String model = opt.getOrDefault("model", "gpt-realtime");
        Path peerDir = Path.of(opt.getOrDefault("peer-dir", "examples/peer-bench")).toAbsolutePath();
        String node = opt.getOrDefault("node", "node");
        Path logs = Path.of(opt.getOrDefault("log-dir", "camel-gpt-realtime/target-peer/peer-bench"));
        Files.createDirectories(logs);

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "fake-twilio");
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fake-twilio-ws");
            t.setDaemon(true);
            return t;
        })).build();
        Map<String, Bridge> bridges = new LinkedHashMap<>();
        try (RealtimeSimulator sim = RealtimeSimulator.builder().apiKey(KEY).pace(Pace.REALTIME)
                .scenario(Scenario.builder().fallbackReply(Reply.say(REPLY_TEXT,
                        AudioSource.tone(440, Duration.ofMillis(3000)))).build())
                .maxRecordedCharsPerSession(64L * 1024 * 1024)
                // nulls where the live service sends them (e.g. a user audio item's transcript: null): the SDK's
                // item schema requires the field, and without it its node process dies on the first user turn
                .wireNulls(true)
                .build().start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> bridges.values()
                    .forEach(b -> b.process().destroyForcibly())));
            for (String name : names) {
                Bridge b = switch (name.trim()) {
                    case "ours" -> startOurs(sim, model, logs, opt.getOrDefault("ours-jvm", "-Xms64m -Xmx512m"));
                    case "peer" -> startPeer(sim, model, peerDir, node, logs, opt.getOrDefault("peer-args", ""));
                    default -> throw new IllegalArgumentException("unknown bridge " + name + " (ours, peer)");
                };
                bridges.put(b.name(), b);
            }
            System.out.printf(Locale.ROOT, "simulator %s, real-time pace, 3000 ms replies in 40 ms deltas; %d turn(s)"
                              + " with barge-in per call; %d cores%n", sim.baseUrl(), turns,
                    Runtime.getRuntime().availableProcessors());
            for (Bridge b : bridges.values()) {
                System.out.printf(Locale.ROOT, "warm-up %s: %d call(s)%n", b.name(), warmup);
                for (int i = 0; i < warmup; i++) {
                    LevelResult w = runLevel(sim, b, http, clock, 1, 1, turns, "W" + i);
                    if (i == 0) {
                        System.out.println("  session: " + w.sessionSummary);
                    }
                    w.calls.stream().filter(c -> c.failure != null).forEach(c -> System.out.println(
                            "  warm-up call failed: " + c.failure));
                }
            }
            // what each bridge burns with no call at all (timers, GC, runtime housekeeping), over the same window
            Map<String, Long> idle0 = new LinkedHashMap<>();
            bridges.values().forEach(b -> idle0.put(b.name(), ProcStats.cpuMs(b.pid())));
            long idleStart = System.nanoTime();
            Thread.sleep(IDLE_WINDOW_MS);
            double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
            Map<String, Double> idleCpu = new LinkedHashMap<>();
            bridges.values().forEach(b -> idleCpu.put(b.name(), (ProcStats.cpuMs(b.pid()) - idle0.get(b.name()))
                                                                / idleSeconds));
            Map<Integer, Map<String, LevelResult>> results = new TreeMap<>();
            for (int level : levels) {
                for (Bridge b : bridges.values()) {
                    int calls = level == 1 ? sequentialCalls : level;
                    System.out.printf(Locale.ROOT, "level %d: %s, %d call(s)%n", level, b.name(), calls);
                    LevelResult r = runLevel(sim, b, http, clock, level, calls, turns, "L" + level);
                    results.computeIfAbsent(level, k -> new LinkedHashMap<>()).put(b.name(), r);
                    for (CallMetrics c : r.calls) {
                        if (c.failure != null) {
                            System.out.println("  call failed: " + c.failure);
                        }
                    }
                }
            }
            print(results, bridges, sequentialCalls, turns);
            System.out.printf(Locale.ROOT, "idle CPU with no call, ms per second over %d s after warm-up: %s%n",
                    IDLE_WINDOW_MS / 1000, idleCpu.entrySet().stream().map(e -> e.getKey() + " " + fmt(e.getValue()))
                            .toList());
            Path csv = logs.resolve("samples.csv");
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
                out.println("bridge,level,call,metric,at_s,value_ms");
                for (var level : results.entrySet()) {
                    for (var e : level.getValue().entrySet()) {
                        int call = 0;
                        for (CallMetrics c : e.getValue().calls) {
                            for (Object[] s : c.samples) {
                                out.printf(Locale.ROOT, "%s,%d,%d,%s,%.3f,%.3f%n", e.getKey(), level.getKey(), call,
                                        s[0], ((Long) s[1] - EPOCH) / 1e9, (Double) s[2]);
                            }
                            call++;
                        }
                    }
                }
            }
            System.out.println("every sample: " + csv);
        } finally {
            for (Bridge b : bridges.values()) {
                b.process().destroy();
                if (!b.process().waitFor(10, TimeUnit.SECONDS)) {
                    b.process().destroyForcibly();
                }
            }
            clock.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ bridges

    static Bridge startOurs(RealtimeSimulator sim, String model, Path logs, String jvmOptions) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(jvmOptions.trim().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), TwilioGatewayMain.class.getName(),
                String.valueOf(port), sim.baseUrl(), KEY, model));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        return start("ours", pb, port, logs);
    }

    static Bridge startPeer(RealtimeSimulator sim, String model, Path dir, String node, Path logs, String extra)
            throws Exception {
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            throw new IllegalStateException("no node_modules in " + dir + ": run npm ci there first");
        }
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(node, "twilio-bridge.mjs", "--url", sim.wsUrl(model), "--port",
                String.valueOf(port), "--api-key", KEY));
        if (!extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        return start("peer", pb, port, logs);
    }

    static Bridge start(String name, ProcessBuilder pb, int port, Path logs) throws Exception {
        Path log = logs.resolve(name + ".log").toAbsolutePath();
        pb.redirectErrorStream(true);
        Process p = pb.start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        ready.complete(null);
                    }
                    out.println(line);
                    out.flush();
                }
            } catch (Exception e) {
                // the process ended
            }
            ready.completeExceptionally(new IllegalStateException(name + " exited before it was ready; see "
                                                                  + log));
        }, "bridge-log-" + name);
        reader.setDaemon(true);
        reader.start();
        ready.get(60, TimeUnit.SECONDS);
        return new Bridge(name, p, URI.create("ws://127.0.0.1:" + port + "/media"), log);
    }

    // ------------------------------------------------------------------ one level

    static LevelResult runLevel(RealtimeSimulator sim, Bridge bridge, HttpClient http,
                                ScheduledExecutorService clock, int concurrency, int calls, int turns, String tag)
            throws Exception {
        sim.reset();
        LevelResult r = new LevelResult();
        r.concurrency = concurrency;
        long pid = bridge.pid();
        r.rssBeforeKb = ProcStats.rssKb(pid);
        AtomicLong peak = new AtomicLong(r.rssBeforeKb);
        AtomicLong threads = new AtomicLong();
        int[] peakOpen = new int[1];
        var sampler = clock.scheduleAtFixedRate(() -> {
            peak.accumulateAndGet(ProcStats.rssKb(pid), Math::max);
            threads.accumulateAndGet(ProcStats.statusField(pid, "Threads:"), Math::max);
            peakOpen[0] = Math.max(peakOpen[0], sim.openSessionCount());
        }, 0, 100, TimeUnit.MILLISECONDS);
        long cpu0 = ProcStats.cpuMs(pid);
        long t0 = System.nanoTime();
        List<FakeTwilioCall> running = new ArrayList<>();
        List<SimulatedSession> sessions = new ArrayList<>();
        int started = 0;
        while (started < calls) {
            int wave = Math.min(concurrency, calls - started);
            List<FakeTwilioCall> waveCalls = new ArrayList<>();
            for (int i = 0; i < wave; i++) {
                FakeTwilioCall call = new FakeTwilioCall("CA" + bridge.name() + tag + "x" + started, turns,
                        started * 7919L + tag.hashCode(), clock);
                call.start(http, bridge.twilio());
                // one session per call, opened in call order: the next call starts once this one has its session
                SimulatedSession s = sim.awaitSessions(sessions.size() + 1, Duration.ofSeconds(10))
                        .get(sessions.size());
                sessions.add(s);
                running.add(call);
                waveCalls.add(call);
                started++;
            }
            for (FakeTwilioCall call : waveCalls) {
                try {
                    call.finished().get(120, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    call.fail("call did not finish in 120 s");
                }
            }
        }
        r.wallSeconds = (System.nanoTime() - t0) / 1e9;
        // the bridge's work for the calls includes ending their sessions
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim.openSessionCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        r.cpuMs = ProcStats.cpuMs(pid) - cpu0;
        sampler.cancel(false);
        r.rssPeakKb = Math.max(peak.get(), ProcStats.rssKb(pid));
        r.peakOpenSessions = peakOpen[0];
        r.peakThreads = threads.get();
        r.loadAverage = ProcStats.loadAverage();
        for (int i = 0; i < running.size(); i++) {
            r.calls.add(CallMetrics.of(running.get(i), sessions.get(i)));
        }
        var audio = sessions.get(0).effectiveSession().path("audio");
        r.sessionSummary = "input " + audio.path("input").path("format") + ", output " + audio.path("output")
                .path("format") + ", turn_detection " + audio.path("input").path("turn_detection")
                           + ", transcription " + audio.path("input").path("transcription");
        sim.reset();
        return r;
    }

    // ------------------------------------------------------------------ report

    static void print(Map<Integer, Map<String, LevelResult>> results, Map<String, Bridge> bridges,
                      int sequentialCalls, int turns) {
        List<String> names = new ArrayList<>(bridges.keySet());
        boolean pair = names.size() == 2;
        System.out.println();
        System.out.println("Twilio Media Streams bridge, side by side (" + String.join(" vs ", names)
                           + "; ratio = " + (pair ? names.get(0) + "/" + names.get(1) : "n/a") + ")");
        for (var level : results.entrySet()) {
            Map<String, LevelResult> byBridge = level.getValue();
            LevelResult any = byBridge.values().iterator().next();
            System.out.println();
            System.out.printf(Locale.ROOT, "== %s: %d calls x %d barge-ins, %.0f call-seconds, peak %d sessions"
                              + " open%n", level.getKey() == 1 ? "sequential (1 at a time)"
                                      : level.getKey() + " concurrent calls", any.calls.size(), turns,
                    any.callSeconds(), any.peakOpenSessions);
            System.out.printf(Locale.ROOT, "%-52s", "metric");
            for (String n : names) {
                System.out.printf(Locale.ROOT, " %12s", n);
            }
            System.out.printf(Locale.ROOT, " %10s%n", pair ? "ratio" : "");
            row(byBridge, names, "calls completed / failed", r -> fmtPair(r.calls.size() - r.failed(), r.failed()));
            row(byBridge, names, "barge-ins: clear received / detected by VAD",
                    r -> fmtPair(r.sum(c -> c.clearReactionNanos.size()), r.sum(c -> c.bargesDetected)));
            stat(byBridge, names, "barge-in: speech_started -> clear p50 (ms)",
                    r -> r.ms(c -> c.clearReactionNanos, 1e-6), 50);
            stat(byBridge, names, "barge-in: speech_started -> clear p99 (ms)",
                    r -> r.ms(c -> c.clearReactionNanos, 1e-6), 99);
            row(byBridge, names, "truncate sent / barge-ins", r -> fmtPair(r.sum(c -> c.truncates),
                    r.sum(c -> c.barges)));
            stat(byBridge, names, "truncate: audio_end_ms - heard, p50 (ms)",
                    r -> r.ms(c -> c.truncateErrorMs, 1), 50);
            statAbs(byBridge, names, "truncate: |audio_end_ms - heard|, mean (ms)", r -> r.ms(c -> c.truncateErrorMs,
                    1), false);
            statAbs(byBridge, names, "truncate: |audio_end_ms - heard|, max (ms)", r -> r.ms(c -> c.truncateErrorMs,
                    1), true);
            stat(byBridge, names, "truncate: audio_end_ms - acked by marks, p50 (ms)",
                    r -> r.ms(c -> c.truncateVsAckedMs, 1), 50);
            row(byBridge, names, "reply audio after clear, total (ms)",
                    r -> fmt(r.calls.stream().mapToDouble(c -> c.audioAfterClearMs).sum()));
            stat(byBridge, names, "reply: 1st delta sent -> 1st media p50 (ms)",
                    r -> r.ms(c -> c.firstAudioNanos, 1e-6), 50);
            stat(byBridge, names, "reply: 1st delta sent -> 1st media p99 (ms)",
                    r -> r.ms(c -> c.firstAudioNanos, 1e-6), 99);
            row(byBridge, names, "replies with audio / not forwarded within 1 s",
                    r -> fmtPair(r.sum(c -> c.responses) - r.sum(c -> c.responsesNotForwarded),
                            r.sum(c -> c.responsesNotForwarded)));
            row(byBridge, names, "simulator errors (all codes)", r -> String.valueOf(r.calls.stream()
                    .mapToInt(c -> c.serverErrors.values().stream().mapToInt(Integer::intValue).sum()).sum()));
            numeric(byBridge, names, "CPU: ms per call-second (= millicores per call)",
                    r -> r.cpuMs / r.callSeconds());
            numeric(byBridge, names, "CPU: ms per call", r -> r.cpuMs / (double) r.calls.size());
            numeric(byBridge, names, "RSS before level (MB)", r -> r.rssBeforeKb / 1024.0);
            numeric(byBridge, names, "RSS peak during level (MB)", r -> r.rssPeakKb / 1024.0);
            numeric(byBridge, names, "RSS growth per concurrent call (MB)",
                    r -> (r.rssPeakKb - r.rssBeforeKb) / 1024.0 / r.concurrency);
            row(byBridge, names, "threads in the bridge process (peak)", r -> String.valueOf(r.peakThreads));
            row(byBridge, names, "machine load average (1 min) at level end", r -> fmt(r.loadAverage));
            for (String n : names) {
                Map<String, Integer> codes = new TreeMap<>();
                byBridge.get(n).calls.forEach(c -> c.serverErrors.forEach((k, v) -> codes.merge(k, v,
                        Integer::sum)));
                if (!codes.isEmpty()) {
                    System.out.println("  simulator errors caused by " + n + ": " + codes);
                }
            }
        }
        System.out.println();
        System.out.println("processes: " + bridges.values().stream().map(b -> b.name() + " pid " + b.pid() + " (log "
                                                                             + b.log() + ")").toList());
    }

    private static void row(Map<String, LevelResult> by, List<String> names, String label,
                            java.util.function.Function<LevelResult, String> f) {
        System.out.printf(Locale.ROOT, "%-52s", label);
        for (String n : names) {
            System.out.printf(Locale.ROOT, " %12s", f.apply(by.get(n)));
        }
        System.out.println();
    }

    private static void numeric(Map<String, LevelResult> by, List<String> names, String label,
                                java.util.function.ToDoubleFunction<LevelResult> f) {
        double[] v = names.stream().mapToDouble(n -> f.applyAsDouble(by.get(n))).toArray();
        printNumbers(label, v);
    }

    private static void stat(Map<String, LevelResult> by, List<String> names, String label,
                             java.util.function.Function<LevelResult, List<Double>> f, int percentile) {
        double[] v = names.stream().mapToDouble(n -> pct(f.apply(by.get(n)), percentile)).toArray();
        printNumbers(label, v);
    }

    private static void statAbs(Map<String, LevelResult> by, List<String> names, String label,
                                java.util.function.Function<LevelResult, List<Double>> f, boolean max) {
        DoubleUnaryOperator abs = Math::abs;
        double[] v = names.stream().mapToDouble(n -> {
            List<Double> xs = f.apply(by.get(n));
            if (xs.isEmpty()) {
                return Double.NaN;
            }
            var s = xs.stream().mapToDouble(x -> abs.applyAsDouble(x));
            return max ? s.max().orElse(Double.NaN) : s.average().orElse(Double.NaN);
        }).toArray();
        printNumbers(label, v);
    }

    private static void printNumbers(String label, double[] v) {
        System.out.printf(Locale.ROOT, "%-52s", label);
        for (double d : v) {
            System.out.printf(Locale.ROOT, " %12s", fmt(d));
        }
        if (v.length == 2 && Double.isFinite(v[0]) && Double.isFinite(v[1]) && v[1] != 0) {
            System.out.printf(Locale.ROOT, " %10s", String.format(Locale.ROOT, "%.2f", v[0] / v[1]));
        }
        System.out.println();
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    static String fmt(double d) {
        if (Double.isNaN(d)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.0f" : Math.abs(d) >= 10 ? "%.1f" : "%.2f", d);
    }

    static String fmtPair(long a, long b) {
        return a + " / " + b;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--calls N] [--levels 10,25] [--turns N] [--warmup N]"
                                                   + " [--bridges ours,peer] [--peer-dir DIR] [--node NODE]"
                                                   + " [--model M] [--log-dir DIR] [--ours-jvm 'OPTIONS']"
                                                   + " [--peer-args 'ARGS']; got "
                                                   + args[i]);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
