package io.gptrealtime.camel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

import io.gptrealtime.camel.audio.AudioConverter;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.G711;
import io.gptrealtime.camel.audio.Resampler;

/**
 * Throughput of the audio toolkit, as a plain {@code main} (JMH is not a dependency yet). Each case runs warm-up
 * rounds, then measured rounds until {@link #measureSeconds} of thread CPU time (ThreadMXBean) have been spent, and
 * reports seconds of audio processed per CPU second — i.e. how many concurrent real-time streams one core carries.
 * Audio is processed in 20 ms chunks, the way a session feeds it.
 * <p>
 * Run: {@code mvn -q -pl camel-gpt-realtime -Dgr.build.dir=target-audio test-compile exec:java
 * -Dexec.mainClass=io.gptrealtime.camel.bench.AudioBenchmark -Dexec.classpathScope=test}; optional argument: measured
 * CPU seconds per case (default 1.5).
 */
public final class AudioBenchmark {

    private static final int[][] RATIOS = {
            { 24000, 8000 }, { 8000, 24000 }, { 16000, 24000 }, { 24000, 16000 }, { 22050, 24000 }, { 44100, 24000 },
            { 48000, 24000 } };
    private static final int CHUNK_MS = 20;
    private static final int SIGNAL_SECONDS = 10;
    private static final double WARMUP_SECONDS = 1.0;
    private static final double NANOS = 1e9;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static double measureSeconds = 1.5;
    /** Sink that keeps the JIT from discarding the work. */
    private static long sink;

    private AudioBenchmark() {
    }

    /** A measured operation: one pass over the test signal; returns seconds of audio it processed. */
    private interface Pass {
        double run();
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            measureSeconds = Double.parseDouble(args[0]);
        }
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("thread CPU time is not supported by this JVM");
        }
        System.out.printf(Locale.ROOT, "Audio toolkit benchmark: %s %s, %d CPUs, %.1f s CPU measured per case, %d ms chunks%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), measureSeconds, CHUNK_MS);

        System.out.println();
        System.out.println("Resampler (streaming polyphase FIR)        taps/out   audio s / CPU s   ns / out sample");
        for (int[] ratio : RATIOS) {
            benchResampler(ratio[0], ratio[1]);
        }

        System.out.println();
        System.out.println("G.711 (8 kHz)                     MB/s (G.711 side)   MB/s (PCM16 side)   audio s / CPU s");
        benchG711();

        System.out.println();
        System.out.println("AudioConverter (session path)                          audio s / CPU s");
        benchConverter(AudioFormat.PCMU_8K, AudioFormat.REALTIME_PCM);
        benchConverter(AudioFormat.REALTIME_PCM, AudioFormat.PCMU_8K);
        benchConverter(AudioFormat.PCMA_8K, AudioFormat.REALTIME_PCM);
        System.out.println();
        System.out.println("(checksum " + sink + ")");
    }

    private static void benchResampler(int inRate, int outRate) {
        Resampler resampler = Resampler.create(inRate, outRate);
        short[] signal = signal(inRate);
        int chunk = inRate * CHUNK_MS / 1000;
        short[] out = new short[resampler.maxOutputFor(chunk)];
        long[] produced = new long[1];
        Pass pass = () -> {
            for (int off = 0; off + chunk <= signal.length; off += chunk) {
                int n = resampler.process(signal, off, chunk, out, 0);
                produced[0] += n;
                sink += out[n >> 1];
            }
            return signal.length / (double) inRate;
        };
        measure(pass, WARMUP_SECONDS);
        produced[0] = 0;
        double[] result = measure(pass, measureSeconds);
        double nsPerOutput = result[1] * NANOS / produced[0];
        System.out.printf(Locale.ROOT, "  %6d -> %6d Hz  (%3d/%-3d)           %4d   %15.0f   %15.1f%n", inRate, outRate,
                resampler.upFactor(), resampler.downFactor(), resampler.tapsPerPhase(), result[0] / result[1], nsPerOutput);
    }

    private static void benchG711() {
        int rate = 8000;
        short[] pcm = signal(rate);
        byte[] codes = new byte[pcm.length];
        short[] decoded = new short[pcm.length];
        int chunk = rate * CHUNK_MS / 1000;
        Pass ulawEncode = () -> {
            for (int off = 0; off + chunk <= pcm.length; off += chunk) {
                G711.pcm16ToUlaw(pcm, off, chunk, codes, off);
            }
            sink += codes[codes.length / 2];
            return pcm.length / (double) rate;
        };
        Pass ulawDecode = () -> {
            for (int off = 0; off + chunk <= codes.length; off += chunk) {
                G711.ulawToPcm16(codes, off, chunk, decoded, off);
            }
            sink += decoded[decoded.length / 2];
            return codes.length / (double) rate;
        };
        Pass alawEncode = () -> {
            for (int off = 0; off + chunk <= pcm.length; off += chunk) {
                G711.pcm16ToAlaw(pcm, off, chunk, codes, off);
            }
            sink += codes[codes.length / 2];
            return pcm.length / (double) rate;
        };
        Pass alawDecode = () -> {
            for (int off = 0; off + chunk <= codes.length; off += chunk) {
                G711.alawToPcm16(codes, off, chunk, decoded, off);
            }
            sink += decoded[decoded.length / 2];
            return codes.length / (double) rate;
        };
        report("µ-law encode (short[] -> byte[])", ulawEncode, rate);
        report("µ-law decode (byte[] -> short[])", ulawDecode, rate);
        report("A-law encode (short[] -> byte[])", alawEncode, rate);
        report("A-law decode (byte[] -> short[])", alawDecode, rate);
        byte[] pcmBytes = new byte[pcm.length * 2];
        int byteChunk = chunk * 2;
        Pass leEncode = () -> {
            for (int off = 0; off + byteChunk <= pcmBytes.length; off += byteChunk) {
                G711.pcm16LeToUlaw(pcmBytes, off, byteChunk, codes, off / 2);
            }
            sink += codes[codes.length / 2];
            return pcm.length / (double) rate;
        };
        Pass leDecode = () -> {
            for (int off = 0; off + chunk <= codes.length; off += chunk) {
                G711.ulawToPcm16Le(codes, off, chunk, pcmBytes, off * 2);
            }
            sink += pcmBytes[pcmBytes.length / 2];
            return codes.length / (double) rate;
        };
        report("µ-law encode (PCM16 LE bytes)", leEncode, rate);
        report("µ-law decode (to PCM16 LE bytes)", leDecode, rate);
    }

    private static void report(String name, Pass pass, int rate) {
        measure(pass, WARMUP_SECONDS);
        double[] result = measure(pass, measureSeconds);
        double audioPerCpu = result[0] / result[1];
        double g711MBps = audioPerCpu * rate / 1e6;
        double pcmMBps = g711MBps * 2;
        System.out.printf(Locale.ROOT, "  %-34s %14.0f %19.0f %17.0f%n", name, g711MBps, pcmMBps, audioPerCpu);
    }

    private static void benchConverter(AudioFormat from, AudioFormat to) {
        AudioConverter converter = AudioConverter.create(from, to);
        short[] pcm = signal(from.sampleRate());
        byte[] input;
        switch (from.encoding()) {
            case PCMU:
                input = new byte[pcm.length];
                G711.pcm16ToUlaw(pcm, 0, pcm.length, input);
                break;
            case PCMA:
                input = new byte[pcm.length];
                G711.pcm16ToAlaw(pcm, 0, pcm.length, input);
                break;
            default:
                input = new byte[pcm.length * 2];
                for (int i = 0; i < pcm.length; i++) {
                    input[2 * i] = (byte) pcm[i];
                    input[2 * i + 1] = (byte) (pcm[i] >> 8);
                }
                break;
        }
        int chunk = (int) from.bytesFor(CHUNK_MS);
        byte[] out = new byte[converter.maxOutputFor(chunk)];
        byte[] data = input;
        Pass pass = () -> {
            for (int off = 0; off + chunk <= data.length; off += chunk) {
                int n = converter.convert(data, off, chunk, out, 0);
                sink += out[n >> 1];
            }
            return pcm.length / (double) from.sampleRate();
        };
        measure(pass, WARMUP_SECONDS);
        double[] result = measure(pass, measureSeconds);
        System.out.printf(Locale.ROOT, "  %-50s %18.0f%n", from + " -> " + to + " (allocation-free)", result[0] / result[1]);
    }

    /** Runs passes until {@code seconds} of thread CPU time are spent; returns {audio seconds, CPU seconds}. */
    private static double[] measure(Pass pass, double seconds) {
        long start = THREADS.getCurrentThreadCpuTime();
        long budget = (long) (seconds * NANOS);
        double audio = 0;
        long spent;
        do {
            audio += pass.run();
            spent = THREADS.getCurrentThreadCpuTime() - start;
        } while (spent < budget);
        return new double[] { audio, spent / NANOS };
    }

    /** Speech-like test signal: a few tones plus low-level noise, well inside the 16-bit range. */
    private static short[] signal(int rate) {
        Random random = new Random(rate);
        short[] s = new short[rate * SIGNAL_SECONDS];
        for (int i = 0; i < s.length; i++) {
            double t = i / (double) rate;
            double v = 6000 * Math.sin(2 * Math.PI * 220 * t) + 3000 * Math.sin(2 * Math.PI * 1330 * t)
                       + 1500 * Math.sin(2 * Math.PI * 2950 * t) + 500 * random.nextGaussian();
            s[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return s;
    }
}
