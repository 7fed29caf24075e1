package io.gptrealtime.camel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.gptrealtime.camel.GptRealtimeEndpoint;
import io.gptrealtime.camel.audio.G711;
import io.gptrealtime.camel.playout.BargeInPolicy;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionObserver;
import io.gptrealtime.camel.telephony.CallBridge;
import io.gptrealtime.camel.telephony.CallSessions;
import io.gptrealtime.camel.telephony.MediaProbe;
import io.gptrealtime.camel.telephony.TelephonyGateways;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * How many SIP calls this machine holds with every outbound RTP frame on time, what a call costs in memory, and what
 * the component adds to each 20 ms frame. sipp (Debian {@code sip-tester}) places calls at a fixed rate up to each
 * concurrency level; every call streams µ-law RTP ({@code rtp_stream}) for its whole life and hears the assistant
 * without pause (the simulator answers each response with a 10 s tone at real-time pace and the benchmark asks for
 * the next response when one is done). Turn detection is off, so nothing interrupts the assistant.
 * <p>
 * Per level, with all calls up for the measurement window, it prints: the largest outbound RTP lateness of any frame
 * of any call from its answer on ({@code RtpStats}) and the p99 over all frames, frames later than 20 ms, the frame
 * latencies RTP packet in → {@code input_audio_buffer.append} handed to the WebSocket and audio delta in → RTP
 * packet written (time a frame waits for its slot on the 20 ms clock excluded), then heap after a full GC minus the
 * idle heap per call, RSS per call, the CPU of this JVM, the simulator and sipp, the load average and the GC pauses
 * in the window. It runs every level until calls cannot all be set up, reports the largest level with no frame later
 * than 20 ms, and ends with a trivial Netty UDP echo at that level's packet rate as the floor the per-frame latencies
 * compare with.
 * <p>
 * The simulator runs in its own JVM ({@link BenchSimulator}) so the heap and RSS figures are the component's alone;
 * it shares the machine's cores. Arguments: {@code [levels=10,25,50,100,150] [callsPerSecond=10] [measureSeconds=10]}.
 */
public final class TelephonyBenchmark {

    static final String API_KEY = "sk-bench-telephony";
    static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final int REPLY_MS = 10_000;

    private final ProbeRecorder probe = new ProbeRecorder();
    private long simulatorPid;
    /** Asks for responses off the socket reader threads. */
    private final ExecutorService control = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-control");
        t.setDaemon(true);
        return t;
    });

    private TelephonyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] levels = parseLevels(args.length > 0 ? args[0] : "10,25,50,100,150");
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int measureSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        new TelephonyBenchmark().run(levels, rate, measureSeconds);
    }

    private void run(int[] levels, int rate, int measureSeconds) throws Exception {
        requireBinary("sipp");
        Path work = Files.createTempDirectory("telephony-bench");
        Path audio = work.resolve("caller.ulaw");
        Files.write(audio, callerAudio(5));
        Path scenario = work.resolve("call.xml");
        try (var in = TelephonyBenchmark.class.getResourceAsStream("/bench/sipp-call-rtp-stream.xml")) {
            Files.write(scenario, in.readAllBytes());
        }
        Process simulator = startSimulator();
        simulatorPid = simulator.pid();
        String baseUrl = new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        int sipPort = freePort();
        CamelContext camel = new DefaultCamelContext();
        camel.start();
        ExecutorService uplink = Executors.newCachedThreadPool();
        TelephonyGateways gateways = null;
        try {
            GptRealtimeEndpoint endpoint = camel.getEndpoint("gpt-realtime:bench?sip=true&sipTransport=udp&sipPort="
                                                             + sipPort + "&rtpPortMin=30000&rtpPortMax=39999"
                                                             + "&turnDetection=none&maxSessions=10000&baseUrl="
                                                             + baseUrl + "&apiKey=" + API_KEY,
                    GptRealtimeEndpoint.class);
            endpoint.start();
            gateways = TelephonyGateways.start(endpoint.getTelephony(), new CallSessions(endpoint::openCallSession,
                    uplink, endpoint.getComponent().getEngine().scheduler(), BargeInPolicy.IMMEDIATE,
                    new Calls(), probe));
            printHeader(rate, measureSeconds);
            // warm-up: JIT and pools, not reported
            level(gateways, sipPort, scenario, audio, work, Math.min(10, levels[0]), rate, 5, false, 0);
            long idleHeap = heapAfterGc();
            long idleRss = rssBytes();
            System.out.printf("idle after warm-up: heap %.1f MB, RSS %.1f MB%n%n", idleHeap / 1e6, idleRss / 1e6);
            System.out.println("calls | up | RTP pkt/s per call in / out | max late (RtpStats) | p99 late"
                               + " | frames >20ms | worst frame due at | RTP in->WS p50/p99 us"
                               + " | delta->RTP p50/p99 us | heap/call KB | RSS/call KB"
                               + " | CPU: component / simulator / sipp | load avg | GCs in window | sipp");
            // every level runs (one late frame at a low level, when another process took the cores, does not hide
            // the rest); stepping ends when the calls cannot all be set up or sipp reports failed calls
            Result held = null;
            for (int n : levels) {
                Result r = level(gateways, sipPort, scenario, audio, work, n, rate, measureSeconds, true, idleHeap);
                r.print(idleRss);
                if (r.upAtSnapshot < n || r.sippExit != 0) {
                    break;
                }
                if (r.maxLatenessNanos <= LATE_NANOS) {
                    held = r;
                }
            }
            System.out.printf("%nlargest level with no outbound RTP frame later than 20 ms: %d concurrent calls%n",
                    held == null ? 0 : held.calls);
            if (held != null) {
                baseline(held);
            }
        } finally {
            if (gateways != null) {
                gateways.close();
            }
            camel.stop();
            uplink.shutdownNow();
            simulator.getOutputStream().close();
            simulator.waitFor(10, TimeUnit.SECONDS);
            simulator.destroyForcibly();
        }
    }

    /** One concurrency level: sipp places n calls at {@code rate}, all held until after the measurement. */
    private Result level(TelephonyGateways gateways, int sipPort, Path scenario, Path audio, Path work, int n,
                         int rate, int measureSeconds, boolean report, long idleHeap) throws Exception {
        probe.reset();
        long levelStart = System.nanoTime();
        long rampMs = 1000L * n / rate;
        long holdMs = rampMs + measureSeconds * 1000L + 8000;
        List<String> cmd = List.of("sipp", "127.0.0.1:" + sipPort, "-sf", scenario.toString(), "-i", "127.0.0.1",
                "-p", String.valueOf(freePort()), "-mi", "127.0.0.1", "-mp", "50000", "-r", String.valueOf(rate),
                "-l", String.valueOf(n), "-m", String.valueOf(n), "-d", String.valueOf(holdMs), "-nostdin",
                "-timeout", (holdMs / 1000 + rampMs / 1000 + 60) + "s", "-timeout_error", "-max_recv_loops", "1000");
        Path log = work.resolve("sipp-" + n + ".log");
        Process sipp = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(rampMs + 15_000);
        while (gateways.calls().size() < n && System.nanoTime() < deadline && sipp.isAlive()) {
            Thread.sleep(50);
        }
        Result r = new Result(n);
        r.up = gateways.calls().size();
        long[] before = packetCounts(gateways);
        long ownCpu = ownCpuNanos();
        long simCpu = cpuNanos(simulatorPid);
        long sippCpu = cpuNanos(sipp.pid());
        long[] gc = gcCountAndMillis();
        long windowStart = System.nanoTime();
        long lateBeforeWindow = probe.lateness.countAbove(LATE_NANOS / 1000);
        Thread.sleep(measureSeconds * 1000L);
        long[] gcAfter = gcCountAndMillis();
        r.gcPauses = gcAfter[0] - gc[0];
        r.gcMillis = gcAfter[1] - gc[1];
        long[] after = packetCounts(gateways);
        double wall = System.nanoTime() - windowStart;
        r.ownCpuPercent = 100.0 * (ownCpuNanos() - ownCpu) / wall;
        r.simulatorCpuPercent = 100.0 * (cpuNanos(simulatorPid) - simCpu) / wall;
        r.sippCpuPercent = 100.0 * (cpuNanos(sipp.pid()) - sippCpu) / wall;
        r.loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double callSeconds = Math.max(1, r.up) * wall / 1e9;
        r.packetsInPerCallSecond = (after[0] - before[0]) / callSeconds;
        r.packetsOutPerCallSecond = (after[1] - before[1]) / callSeconds;
        // the snapshot before the GC below, whose pause is ours and not the calls'
        for (CallBridge call : gateways.calls()) {
            Map<String, Long> stats = call.leg().mediaStats();
            r.maxLatenessNanos = Math.max(r.maxLatenessNanos, stats.getOrDefault("maxLatenessMicros", 0L) * 1000);
        }
        r.upAtSnapshot = gateways.calls().size();
        r.p99LatenessMicros = probe.lateness.percentileMicros(99);
        r.lateFrames = probe.lateness.countAbove(LATE_NANOS / 1000);
        r.lateFramesInRamp = lateBeforeWindow;
        long worstAt = probe.worstDueNanos.get();
        r.worstAt = worstAt == 0 ? "-" : String.format("%.1f s %s", (worstAt - levelStart) / 1e9,
                worstAt < windowStart ? "(ramp)" : "(window)");
        r.frames = probe.lateness.count();
        r.uplinkP50 = probe.uplink.percentileMicros(50);
        r.uplinkP99 = probe.uplink.percentileMicros(99);
        r.downlinkP50 = probe.downlink.percentileMicros(50);
        r.downlinkP99 = probe.downlink.percentileMicros(99);
        if (report) {
            r.heapPerCall = (heapAfterGc() - idleHeap) / Math.max(1, r.upAtSnapshot);
            r.rss = rssBytes();
        }
        boolean exited = sipp.waitFor(holdMs + 120_000, TimeUnit.MILLISECONDS);
        r.sippExit = exited ? sipp.exitValue() : -1;
        if (!exited) {
            sipp.destroyForcibly();
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!gateways.calls().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        if (r.sippExit != 0 && report) {
            List<String> lines = Files.readAllLines(log);
            r.sippTail = String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        }
        return r;
    }

    /** RTP packets received and sent by the calls up now. */
    private static long[] packetCounts(TelephonyGateways gateways) {
        long[] n = new long[2];
        for (CallBridge call : gateways.calls()) {
            Map<String, Long> stats = call.leg().mediaStats();
            n[0] += stats.getOrDefault("packetsIn", 0L);
            n[1] += stats.getOrDefault("packetsOut", 0L);
        }
        return n;
    }

    /** A trivial Netty UDP echo at the same packet rate: the floor for "a datagram in, a datagram out". */
    private static void baseline(Result held) throws Exception {
        UdpEchoBaseline.Result b = UdpEchoBaseline.run(held.calls, 10);
        System.out.printf("%nbaseline: trivial Netty UDP echo, %d streams x 50 packets/s,"
                          + " datagram read -> echo written: p50 %d us, p99 %d us (%d packets)%n", held.calls, b.p50(),
                b.p99(), b.count());
        System.out.printf("ratios at %d calls (ours / echo): RTP in->WS p50 %.1fx p99 %.1fx; delta->RTP p50 %.1fx"
                          + " p99 %.1fx%n", held.calls, ratio(held.uplinkP50, b.p50()), ratio(held.uplinkP99, b.p99()),
                ratio(held.downlinkP50, b.p50()), ratio(held.downlinkP99, b.p99()));
    }

    private static double ratio(long ours, long base) {
        return base <= 0 ? Double.NaN : (double) ours / base;
    }

    /** Starts the next response when one is done, so every call hears the assistant all the time. */
    private final class Calls implements CallSessions.BridgeListener {
        @Override
        public void onStarted(CallBridge bridge) {
            bridge.answered().thenAccept(b -> {
                RealtimeSession s = b.session();
                s.addObserver(new SessionObserver() {
                    @Override
                    public void onServerEvent(RealtimeSession session, ServerEvent event) {
                        if (EventTypes.RESPONSE_DONE.equals(event.getType()) && b.isActive()) {
                            control.execute(() -> requestResponse(session));
                        }
                    }
                });
                control.execute(() -> requestResponse(s));
            });
        }
    }

    private static void requestResponse(RealtimeSession session) {
        try {
            session.requestResponse(null);
        } catch (RuntimeException e) {
            // the call is ending
        }
    }

    /** Records what the probe reports; the level's figures are read from it. */
    static final class ProbeRecorder implements MediaProbe {
        final MicrosHistogram uplink = new MicrosHistogram();
        final MicrosHistogram downlink = new MicrosHistogram();
        final MicrosHistogram lateness = new MicrosHistogram();

        @Override
        public void callerAudioSent(long arrivedNanos, long sentNanos) {
            uplink.recordNanos(sentNanos - arrivedNanos);
        }

        /** When the latest frame so far was due; for telling ramp-up from the measurement window. */
        final AtomicLong worstDueNanos = new AtomicLong();
        private final AtomicLong worstLateness = new AtomicLong();

        @Override
        public void assistantFrameSent(long availableNanos, long dueNanos, long sentNanos) {
            downlink.recordNanos(sentNanos - Math.max(availableNanos, dueNanos));
            long late = sentNanos - dueNanos;
            lateness.recordNanos(late);
            if (late > worstLateness.get()) {
                synchronized (this) {
                    if (late > worstLateness.get()) {
                        worstLateness.set(late);
                        worstDueNanos.set(dueNanos);
                    }
                }
            }
        }

        void reset() {
            worstLateness.set(0);
            worstDueNanos.set(0);
            uplink.reset();
            downlink.reset();
            lateness.reset();
        }
    }

    /** The figures of one level. */
    private static final class Result {
        final int calls;
        int up;
        int upAtSnapshot;
        long maxLatenessNanos;
        long p99LatenessMicros;
        long lateFrames;
        long frames;
        double packetsInPerCallSecond;
        double packetsOutPerCallSecond;
        double ownCpuPercent;
        double simulatorCpuPercent;
        double sippCpuPercent;
        double loadAverage;
        long gcPauses;
        long gcMillis;
        long lateFramesInRamp;
        String worstAt = "-";
        long uplinkP50;
        long uplinkP99;
        long downlinkP50;
        long downlinkP99;
        long heapPerCall;
        long rss;
        int sippExit;
        String sippTail = "";

        Result(int calls) {
            this.calls = calls;
        }

        void print(long idleRss) {
            System.out.printf("%5d | %3d | %5.1f / %5.1f | %8.2f ms | %6.2f ms | %d of %d (%d in ramp-up) | %s |"
                              + " %d / %d | %d / %d | %.0f |"
                              + " %.0f | %.0f%% / %.0f%% / %.0f%% | %.1f | %d / %d ms | %s%n", calls, upAtSnapshot,
                    packetsInPerCallSecond, packetsOutPerCallSecond, maxLatenessNanos / 1e6, p99LatenessMicros / 1e3,
                    lateFrames, frames, lateFramesInRamp, worstAt, uplinkP50, uplinkP99, downlinkP50, downlinkP99,
                    heapPerCall / 1024.0, (rss - idleRss) / 1024.0 / Math.max(1, upAtSnapshot), ownCpuPercent,
                    simulatorCpuPercent, sippCpuPercent, loadAverage, gcPauses, gcMillis,
                    sippExit == 0 ? "all " + calls + " calls OK" : "exit " + sippExit + " " + sippTail);
        }
    }

    private static void printHeader(int rate, int measureSeconds) {
        System.out.printf("Telephony benchmark: %d cores, %s %s, sipp at %d calls/s, each level measured %d s with"
                          + " all calls up%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), rate, measureSeconds);
    }

    private Process startSimulator() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BenchSimulator.class.getName(), String.valueOf(REPLY_MS), "1.0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** 5 s of a µ-law 300 Hz tone with a slow tremolo: the caller's stream, looped by sipp. */
    private static byte[] callerAudio(int seconds) {
        byte[] out = new byte[8000 * seconds];
        for (int i = 0; i < out.length; i++) {
            double v = 0.2 * 32767 * Math.sin(2 * Math.PI * 300 * i / 8000.0)
                       * (0.6 + 0.4 * Math.sin(2 * Math.PI * 2 * i / 8000.0));
            out[i] = G711.linearToUlaw((short) v);
        }
        return out;
    }

    private static long[] gcCountAndMillis() {
        long[] n = new long[2];
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n[0] += Math.max(0, gc.getCollectionCount());
            n[1] += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** User + system CPU time of a process from /proc (clock ticks of 10 ms on Linux), 0 when it is gone. */
    static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    static int freePort() throws IOException {
        for (int i = 0; i < 50; i++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException e) {
                    // taken for UDP
                }
            }
        }
        throw new IOException("no free port");
    }

    private static void requireBinary(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return;
            }
        }
        throw new IllegalStateException(name + " is not installed (Debian package sip-tester)");
    }

    private static int[] parseLevels(String csv) {
        List<Integer> list = new ArrayList<>();
        for (String s : csv.split(",")) {
            list.add(Integer.parseInt(s.trim()));
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
