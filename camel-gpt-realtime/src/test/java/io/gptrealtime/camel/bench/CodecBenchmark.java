package io.gptrealtime.camel.bench;

import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.protocol.RealtimeEventCodec;
import io.gptrealtime.camel.protocol.ResponseOutputAudioDeltaEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two protocol hot paths every 20 ms of a call goes through: encoding one {@code input_audio_buffer.append} of a
 * 20 ms G.711 frame (160 bytes) and decoding one {@code response.output_audio.delta}. Later work is held to these
 * figures. The baselines ({@code *Baseline}) do the unavoidable part alone (base64 of the same bytes), so the ratio
 * shows what the JSON framing costs on top.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    private final RealtimeEventCodec codec = RealtimeEventCodec.instance();
    private byte[] g711Frame;
    private String pcmDelta20ms;
    private String pcmDelta100ms;
    private String g711Delta20ms;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        g711Frame = new byte[160];
        random.nextBytes(g711Frame);
        pcmDelta20ms = delta(960, random);
        pcmDelta100ms = delta(4800, random);
        g711Delta20ms = delta(160, random);
    }

    private static String delta(int bytes, Random random) {
        byte[] audio = new byte[bytes];
        random.nextBytes(audio);
        return "{\"type\":\"response.output_audio.delta\",\"event_id\":\"event_DHpXeYNDwZ2ciNOBXIpyI\","
               + "\"response_id\":\"resp_DHpXdGmBdN8YMAV7BlHTx\",\"item_id\":\"item_DHpXdDh8PXLxsDrTkWu9X\","
               + "\"output_index\":0,\"content_index\":0,\"delta\":\"" + Base64.getEncoder().encodeToString(audio)
               + "\"}";
    }

    @Benchmark
    public String encodeAppendG711Frame() {
        return codec.encodeAudioAppend(g711Frame, 0, g711Frame.length, null);
    }

    @Benchmark
    public String encodeAppendG711FrameBaseline() {
        return Base64.getEncoder().encodeToString(g711Frame);
    }

    @Benchmark
    public byte[] decodeAudioDeltaPcm20ms() {
        return ((ResponseOutputAudioDeltaEvent) codec.decode(pcmDelta20ms)).audio();
    }

    @Benchmark
    public byte[] decodeAudioDeltaPcm100ms() {
        return ((ResponseOutputAudioDeltaEvent) codec.decode(pcmDelta100ms)).audio();
    }

    @Benchmark
    public byte[] decodeAudioDeltaG711_20ms() {
        return ((ResponseOutputAudioDeltaEvent) codec.decode(g711Delta20ms)).audio();
    }
}
