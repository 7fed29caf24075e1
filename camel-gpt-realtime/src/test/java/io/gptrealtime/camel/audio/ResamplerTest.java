package io.gptrealtime.camel.audio;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {

    /** Rates the component meets: telephony, wideband, CD-family and studio rates, plus the Realtime 24 kHz. */
    private static final int[] RATES = { 8000, 12000, 16000, 22050, 24000, 32000, 44100, 48000 };

    /** The ratios the toolkit is specified for. */
    private static final int[][] LISTED = {
            { 8000, 24000 }, { 24000, 8000 }, { 16000, 24000 }, { 24000, 16000 }, { 22050, 24000 }, { 44100, 24000 },
            { 48000, 24000 } };

    private static final double TONE = 1000;
    private static final double AMPLITUDE = 16000;

    // ---------------------------------------------------------------- stopband / images

    @ParameterizedTest(name = "{0} Hz at 24 kHz aliases to {1} Hz at 8 kHz")
    @CsvSource({ "6000, 2000", "4800, 3200", "5000, 3000", "7000, 1000", "9000, 1000", "11000, 3000" })
    void decimationRejectsAliasesByAtLeast80Db(int toneHz, int aliasHz) {
        // The aliased component's level at the output, relative to the input tone's level.
        double inputAmplitude = 30000;
        short[] in = Signals.sine(toneHz, 24000, inputAmplitude, 36000);
        short[] out = Resampler.create(24000, 8000).process(in);
        double alias = Goertzel.amplitude(out, 2000, 8000, aliasHz, 8000);
        double rejection = Goertzel.db(alias, inputAmplitude);
        assertTrue(rejection <= -80, toneHz + " Hz aliased at " + rejection + " dB");
    }

    @Test
    void naiveDecimationWouldFailTheAliasCheck() {
        // The measurement itself can fail: dropping 2 of 3 samples leaves the 6 kHz alias at 0 dB.
        short[] in = Signals.sine(6000, 24000, 30000, 36000, 0.3);
        short[] naive = new short[in.length / 3];
        for (int i = 0; i < naive.length; i++) {
            naive[i] = in[3 * i];
        }
        assertTrue(Goertzel.db(Goertzel.amplitude(naive, 2000, 8000, 2000, 8000), 30000) > -1);
    }

    @Test
    void interpolationRejectsImagesByAtLeast80Db() {
        short[] in = Signals.sine(TONE, 8000, AMPLITUDE, 12000);
        short[] out = Resampler.create(8000, 24000).process(in);
        double tone = Goertzel.amplitude(out, 6000, 24000, TONE, 24000);
        for (double image : new double[] { 7000, 9000 }) {
            double level = Goertzel.db(Goertzel.amplitude(out, 6000, 24000, image, 24000), tone);
            assertTrue(level <= -80, "image at " + image + " Hz: " + level + " dB");
        }
    }

    @Test
    void designedResponseMeetsTheSpecificationAcrossTheWholeBand() {
        for (int[] pair : LISTED) {
            PolyphaseFilterBank bank = PolyphaseFilterBank.of(pair[0], pair[1]);
            double nyquist = Math.min(pair[0], pair[1]) / 2.0;
            for (double f = 0; f <= PolyphaseFilterBank.PASSBAND_EDGE * nyquist; f += nyquist / 100) {
                double db = bank.responseDb(f);
                assertTrue(Math.abs(db) < 0.01, pair[0] + "->" + pair[1] + " passband " + f + " Hz: " + db + " dB");
            }
            double virtualRate = (double) pair[0] * bank.up;
            double step = virtualRate / bank.length / 2;
            for (double f = PolyphaseFilterBank.STOPBAND_EDGE * nyquist; f <= virtualRate / 2; f += step) {
                double db = bank.responseDb(f);
                assertTrue(db <= -88, pair[0] + "->" + pair[1] + " stopband " + f + " Hz: " + db + " dB");
            }
        }
    }

    // ---------------------------------------------------------------- passband and overall cleanliness

    @Test
    void oneKilohertzKeepsItsLevelWithin0_1DbAndStaysCleanForEveryRatePair() {
        for (int in : RATES) {
            for (int out : RATES) {
                Resampler resampler = Resampler.create(in, out);
                short[] input = Signals.sine(TONE, in, AMPLITUDE, in * 3 / 4);
                short[] output = resampler.process(input);
                int window = out / 2; // 500 whole cycles of 1 kHz at every rate
                int skip = output.length - window - out / 20;
                double gainDb = Goertzel.db(Goertzel.amplitude(output, skip, window, TONE, out), AMPLITUDE);
                assertTrue(Math.abs(gainDb) <= 0.1, in + "->" + out + ": 1 kHz gain " + gainDb + " dB");
                // images/aliases/glitches anywhere: the residual after removing the tone is 16-bit rounding noise
                double sinad = Goertzel.sinadDb(output, skip, window, TONE, out);
                assertTrue(sinad >= 80, in + "->" + out + ": SINAD " + sinad + " dB");
            }
        }
    }

    // ---------------------------------------------------------------- streaming

    @Test
    void chunkedOutputIsBitIdenticalToOneShot() {
        Random random = new Random(42);
        short[] input = Signals.concat(Signals.noise(1, 20000), Signals.sine(440, 24000, 32767, 5000),
                Signals.noise(2, 7000));
        for (int[] pair : LISTED) {
            for (int seed = 0; seed < 3; seed++) {
                Resampler whole = Resampler.create(pair[0], pair[1]);
                short[] expected = Signals.concat(whole.process(input), whole.flush());
                Resampler chunked = Resampler.create(pair[0], pair[1]);
                short[] actual = new short[expected.length];
                int o = 0;
                for (int off = 0; off < input.length;) {
                    int len = Math.min(1 + random.nextInt(500), input.length - off);
                    o += chunked.process(input, off, len, actual, o);
                    off += len;
                }
                short[] tail = chunked.flush();
                System.arraycopy(tail, 0, actual, o, tail.length);
                assertEquals(expected.length, o + tail.length, pair[0] + "->" + pair[1]);
                assertArrayEquals(expected, actual, pair[0] + "->" + pair[1] + " seed " + seed);
            }
        }
    }

    @Test
    void noClickAtChunkBoundaries() {
        for (int[] pair : LISTED) {
            Resampler resampler = Resampler.create(pair[0], pair[1]);
            short[] input = Signals.sine(TONE, pair[0], AMPLITUDE, pair[0]);
            short[] out = new short[resampler.maxOutputFor(input.length) + 1];
            int o = 0;
            Random random = new Random(pair[0] + pair[1]);
            for (int off = 0; off < input.length;) {
                int len = Math.min(1 + random.nextInt(160), input.length - off);
                o += resampler.process(input, off, len, out, o);
                off += len;
            }
            // the largest step of a clean sampled sine is 2·A·sin(π·f/fs); allow for rounding of both samples
            double bound = 2 * AMPLITUDE * Math.sin(Math.PI * TONE / pair[1]) * 1.001 + 2;
            int settle = (int) Math.ceil(2 * resampler.delaySamples()) + 4;
            double maxStep = 0;
            for (int i = settle; i + 1 < o; i++) {
                maxStep = Math.max(maxStep, Math.abs(out[i + 1] - out[i]));
            }
            assertTrue(maxStep <= bound, pair[0] + "->" + pair[1] + ": step " + maxStep + " > " + bound);
            assertTrue(maxStep >= bound * 0.9, "the sine did not come through: " + maxStep);
        }
    }

    @Test
    void restoresAfterResetAndFlush() {
        short[] input = Signals.noise(5, 3000);
        Resampler r = Resampler.create(44100, 24000);
        short[] first = r.process(input);
        r.flush(); // resets
        assertArrayEquals(first, r.process(input));
        r.reset();
        assertArrayEquals(first, r.process(input));
    }

    // ---------------------------------------------------------------- delay and lengths

    @Test
    void reportedGroupDelayMatchesWhereAnImpulseComesOut() {
        for (int[] pair : LISTED) {
            Resampler resampler = Resampler.create(pair[0], pair[1]);
            int k = 40; // impulse at input k·M lands at output k·L
            short[] input = new short[k * resampler.downFactor() + 1000];
            input[k * resampler.downFactor()] = 20000;
            short[] out = resampler.process(input);
            int peak = 0;
            for (int i = 1; i < out.length; i++) {
                if (out[i] > out[peak]) {
                    peak = i;
                }
            }
            double expected = k * resampler.upFactor() + resampler.delaySamples();
            assertTrue(Math.abs(peak - expected) <= 0.5 + 1e-9,
                    pair[0] + "->" + pair[1] + ": peak at " + peak + ", expected " + expected);
        }
        assertTrue(Resampler.create(24000, 8000).delayMs() < 3, "telephony delay budget");
        assertTrue(Resampler.create(8000, 24000).delayMs() < 3, "telephony delay budget");
    }

    @Test
    void listedRatiosProduceTheExpectedLength() {
        int n = 12345;
        for (int[] pair : LISTED) {
            Resampler resampler = Resampler.create(pair[0], pair[1]);
            short[] out = resampler.process(new short[n]);
            double expected = (double) n * pair[1] / pair[0];
            assertTrue(Math.abs(out.length - expected) <= 1, pair[0] + "->" + pair[1] + ": " + out.length + " vs " + expected);
            short[] tail = resampler.flush();
            assertTrue(Math.abs(tail.length - resampler.delaySamples()) <= 1 + (double) pair[1] / pair[0],
                    pair[0] + "->" + pair[1] + ": tail " + tail.length + " vs delay " + resampler.delaySamples());
        }
    }

    @Test
    void outputCountIsExactAndMaxOutputIsABound() {
        Random random = new Random(9);
        for (int[] pair : LISTED) {
            Resampler resampler = Resampler.create(pair[0], pair[1]);
            short[] buffer = new short[5000];
            for (int i = 0; i < 200; i++) {
                int len = random.nextInt(700);
                int predicted = resampler.outputCount(len);
                assertTrue(predicted <= resampler.maxOutputFor(len));
                assertEquals(predicted, resampler.process(new short[len], 0, len, buffer, 0));
            }
        }
    }

    @Test
    void tooSmallOutputIsRefusedBeforeAnythingIsConsumed() {
        Resampler a = Resampler.create(8000, 24000);
        Resampler b = Resampler.create(8000, 24000);
        short[] input = Signals.noise(4, 100);
        assertThrows(IllegalArgumentException.class, () -> a.process(input, 0, 100, new short[299], 0));
        assertArrayEquals(b.process(input), a.process(input));
    }

    // ---------------------------------------------------------------- edge behaviour

    @Test
    void saturatesInsteadOfWrapping() {
        // a full-scale square wave makes the filter overshoot (Gibbs); the overshoot must clip, not wrap around
        short[] input = new short[24000];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i / 120) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        Resampler resampler = Resampler.create(24000, 8000);
        short[] out = resampler.process(input);
        int delay = (int) Math.round(resampler.delaySamples());
        boolean clipped = false;
        for (int i = delay; i < out.length; i++) {
            int src = (i - delay) * 3;
            int positionInHalfPeriod = src % 120;
            if (positionInHalfPeriod > 60 - 6 && positionInHalfPeriod < 60 + 6) { // mid half-period: far from edges
                boolean high = (src / 120) % 2 == 0;
                assertTrue(high ? out[i] > 30000 : out[i] < -30000, "sample " + i + " = " + out[i]);
            }
            clipped |= out[i] == Short.MAX_VALUE || out[i] == Short.MIN_VALUE;
        }
        assertTrue(clipped, "the overshoot should have reached the rails");
    }

    @Test
    void constantInputComesOutConstant() {
        // per-phase unity gain: no ripple at the input rate on a DC input, for an awkward ratio
        short[] input = new short[20000];
        Arrays.fill(input, (short) 12345);
        short[] out = Resampler.create(22050, 24000).process(input);
        for (int i = 200; i < out.length; i++) {
            assertEquals(12345, out[i], "sample " + i);
        }
    }

    @Test
    void passThroughCopies() {
        Resampler r = Resampler.create(24000, 24000);
        assertTrue(r.isPassThrough());
        assertEquals(0, r.delaySamples());
        short[] input = Signals.noise(8, 1000);
        short[] out = r.process(input);
        assertArrayEquals(input, out);
        assertFalse(input == out);
        assertEquals(0, r.flush().length);
        assertFalse(Resampler.create(8000, 24000).isPassThrough());
    }

    @Test
    void refusesRatesAndRatiosOutsideTheLimits() {
        assertThrows(IllegalArgumentException.class, () -> Resampler.create(0, 8000));
        assertThrows(IllegalArgumentException.class, () -> Resampler.create(8000, 1_000_000));
        UnsupportedAudioException e = assertThrows(UnsupportedAudioException.class, () -> Resampler.create(8001, 24000));
        assertEquals("cannot resample 8001 Hz to 24000 Hz: the ratio 8000/2667 needs 8000 filter phases (limit 1024); "
                     + "use standard sample rates", e.getMessage());
        // an uncommon but reasonable pair works
        assertEquals(441, Resampler.create(8000, 44100).upFactor());
    }
}
