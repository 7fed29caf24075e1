package io.gptrealtime.camel.audio;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioConverterTest {

    private static final int FRAME = 160; // 20 ms of 8 kHz G.711

    @Test
    void phoneToRealtimeAndBackKeepsA1kHzToneWithin0_5Db() {
        for (AudioFormat phone : new AudioFormat[] { AudioFormat.PCMU_8K, AudioFormat.PCMA_8K }) {
            short[] tone = Signals.sine(1000, 8000, 10000, 16000);
            byte[] encoded = encode(phone, tone);
            AudioConverter up = AudioConverter.create(phone, AudioFormat.REALTIME_PCM);
            AudioConverter down = AudioConverter.create(AudioFormat.REALTIME_PCM, phone);
            ByteArrayOutputStream wide = new ByteArrayOutputStream();
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            for (int off = 0; off < encoded.length; off += FRAME) {
                byte[] pcm = up.convert(encoded, off, FRAME);
                assertEquals(FRAME * 3 * 2, pcm.length, "20 ms at 24 kHz");
                wide.writeBytes(pcm);
                back.writeBytes(down.convert(pcm));
            }
            short[] original = decode(phone, encoded);
            short[] wideband = Pcm16.toShorts(wide.toByteArray());
            short[] roundTrip = decode(phone, back.toByteArray());
            double reference = Goertzel.amplitude(original, 4000, 8000, 1000, 8000);
            double atRealtime = Goertzel.amplitude(wideband, 12000, 24000, 1000, 24000);
            double after = Goertzel.amplitude(roundTrip, 4000, 8000, 1000, 8000);
            assertTrue(Math.abs(Goertzel.db(atRealtime, reference)) <= 0.5, phone + " at 24 kHz: " + Goertzel.db(atRealtime, reference));
            assertTrue(Math.abs(Goertzel.db(after, reference)) <= 0.5, phone + " round trip: " + Goertzel.db(after, reference));
            // nothing but the tone came through (G.711 quantisation noise keeps this near 38 dB)
            assertTrue(Goertzel.sinadDb(roundTrip, 4000, 8000, 1000, 8000) > 30);
        }
    }

    @Test
    void equalFormatsPassTheSameBytesThrough() {
        AudioConverter converter = AudioConverter.create(AudioFormat.PCMU_8K, AudioFormat.PCMU_8K);
        assertTrue(converter.isPassThrough());
        byte[] chunk = new byte[FRAME];
        assertSame(chunk, converter.convert(chunk));
        assertArrayEquals(new byte[] { 2, 3 }, converter.convert(new byte[] { 1, 2, 3, 4 }, 1, 2));
        assertEquals(0, converter.flush().length);
        assertEquals(0, converter.delayMs());
        assertSame(chunk, AudioConverter.convertAll(AudioFormat.PCMU_8K, AudioFormat.PCMU_8K, chunk));
    }

    @Test
    void crossLawAtTheSameRate() {
        byte[] codes = new byte[256];
        for (int i = 0; i < 256; i++) {
            codes[i] = (byte) i;
        }
        byte[] alaw = AudioConverter.create(AudioFormat.PCMU_8K, AudioFormat.PCMA_8K).convert(codes);
        byte[] ulaw = AudioConverter.create(AudioFormat.PCMA_8K, AudioFormat.PCMU_8K).convert(codes);
        for (int i = 0; i < 256; i++) {
            assertEquals(G711.linearToAlaw(G711.ulawToLinear(codes[i])), alaw[i]);
            assertEquals(G711.linearToUlaw(G711.alawToLinear(codes[i])), ulaw[i]);
        }
    }

    @Test
    void sameRateDecodeAndEncode() {
        short[] pcm = Signals.noise(6, 800);
        byte[] bytes = Pcm16.toBytes(pcm);
        byte[] ulaw = AudioConverter.create(AudioFormat.pcm16(8000), AudioFormat.PCMU_8K).convert(bytes);
        assertArrayEquals(G711.pcm16LeToUlaw(bytes), ulaw);
        byte[] back = AudioConverter.create(AudioFormat.PCMU_8K, AudioFormat.pcm16(8000)).convert(ulaw);
        assertArrayEquals(G711.ulawToPcm16Le(ulaw), back);
        // and the µ-law bytes survive decode → encode exactly (see G711's −0 rule)
        assertArrayEquals(ulaw, AudioConverter.create(AudioFormat.pcm16(8000), AudioFormat.PCMU_8K).convert(back));
    }

    @Test
    void chunkingIncludingSplitSamplesGivesTheSameBytes() {
        byte[] input = Pcm16.toBytes(Signals.concat(Signals.noise(10, 9000), Signals.sine(700, 24000, 20000, 9000)));
        AudioFormat[] targets = { AudioFormat.PCMU_8K, AudioFormat.pcm16(16000), AudioFormat.pcm16(44100) };
        Random random = new Random(1);
        for (AudioFormat target : targets) {
            AudioConverter whole = AudioConverter.create(AudioFormat.REALTIME_PCM, target);
            byte[] expected = Signals.concat(whole.convert(input), whole.flush());
            AudioConverter chunked = AudioConverter.create(AudioFormat.REALTIME_PCM, target);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int off = 0; off < input.length;) {
                int len = Math.min(1 + random.nextInt(999), input.length - off); // odd lengths split samples
                int predicted = chunked.outputSize(len);
                byte[] part = chunked.convert(input, off, len);
                assertEquals(predicted, part.length);
                assertTrue(part.length <= chunked.maxOutputFor(len));
                out.writeBytes(part);
                off += len;
            }
            out.writeBytes(chunked.flush());
            assertArrayEquals(expected, out.toByteArray(), target.toString());
        }
    }

    @Test
    void convertIntoACallerBuffer() {
        AudioConverter converter = AudioConverter.create(AudioFormat.PCMU_8K, AudioFormat.REALTIME_PCM);
        AudioConverter reference = AudioConverter.create(AudioFormat.PCMU_8K, AudioFormat.REALTIME_PCM);
        byte[] in = encode(AudioFormat.PCMU_8K, Signals.sine(300, 8000, 8000, 400));
        byte[] out = new byte[converter.maxOutputFor(in.length) + 10];
        assertThrows(IllegalArgumentException.class, () -> converter.convert(in, 0, in.length, new byte[100], 0));
        int n = converter.convert(in, 0, in.length, out, 10);
        assertEquals(in.length * 6, n);
        byte[] expected = reference.convert(in);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(out, 10, 10 + n));
    }

    @Test
    void convertAllIsDelayCompensated() {
        short[] click = new short[8000];
        click[4000] = 30000;
        byte[] ulaw = encode(AudioFormat.PCMU_8K, click);
        for (AudioFormat target : new AudioFormat[] { AudioFormat.REALTIME_PCM, AudioFormat.pcm16(44100) }) {
            short[] out = Pcm16.toShorts(AudioConverter.convertAll(AudioFormat.PCMU_8K, target, ulaw));
            double expectedLength = 8000.0 * target.sampleRate() / 8000;
            assertTrue(Math.abs(out.length - expectedLength) <= 1, target + ": " + out.length);
            int peak = 0;
            for (int i = 1; i < out.length; i++) {
                peak = out[i] > out[peak] ? i : peak;
            }
            double expectedPeak = 4000.0 * target.sampleRate() / 8000;
            assertTrue(Math.abs(peak - expectedPeak) <= 1, target + ": click at " + peak + ", expected " + expectedPeak);
        }
    }

    @Test
    void flushEmitsTheDelayedTailAndResetForgetsTheStream() {
        byte[] ulaw = encode(AudioFormat.PCMU_8K, Signals.sine(500, 8000, 8000, 8000));
        AudioConverter converter = AudioConverter.create(AudioFormat.PCMU_8K, AudioFormat.REALTIME_PCM);
        assertFalse(converter.isPassThrough());
        assertTrue(converter.delayMs() > 0 && converter.delayMs() < 3, "delay " + converter.delayMs());
        byte[] body = converter.convert(ulaw);
        assertEquals(48000, body.length);
        byte[] tail = converter.flush();
        double delayBytes = converter.delayMs() * 48;
        assertTrue(Math.abs(tail.length - delayBytes) <= 8, "tail " + tail.length + " vs delay " + delayBytes);
        converter.convert(ulaw, 0, 1001);
        converter.reset();
        assertArrayEquals(Signals.concat(body, tail), Signals.concat(converter.convert(ulaw), converter.flush()));
    }

    private static byte[] encode(AudioFormat format, short[] samples) {
        byte[] out = new byte[samples.length];
        if (format.encoding() == AudioEncoding.PCMU) {
            G711.pcm16ToUlaw(samples, 0, samples.length, out);
        } else {
            G711.pcm16ToAlaw(samples, 0, samples.length, out);
        }
        return out;
    }

    private static short[] decode(AudioFormat format, byte[] codes) {
        short[] out = new short[codes.length];
        if (format.encoding() == AudioEncoding.PCMU) {
            G711.ulawToPcm16(codes, 0, codes.length, out);
        } else {
            G711.alawToPcm16(codes, 0, codes.length, out);
        }
        return out;
    }
}
