package io.gptrealtime.camel.audio;

import java.util.Arrays;

/**
 * Streaming polyphase FIR sample-rate converter for 16-bit mono audio, any rational ratio (see
 * {@link PolyphaseFilterBank} for the ratio handling and the filter design: Kaiser-windowed sinc, cutoff at half the
 * lower rate, ≥ 90 dB design stopband).
 * <p>
 * <b>Streaming:</b> the last {@code K - 1} input samples and the position of the next output on the virtual time
 * axis are kept between calls, so feeding a signal in chunks of any size produces exactly — bit for bit — the output
 * of feeding it at once. There is nothing to click at chunk boundaries. The output starts with the filter's
 * {@linkplain #delaySamples() group delay} (the first outputs see the zero history); {@link #flush()} pushes the
 * delayed tail out at the end of a stream.
 * <p>
 * <b>Cost:</b> {@link #tapsPerPhase()} multiply-adds per output sample, and only output samples are computed (an
 * integer decimator does not evaluate the samples it drops; an interpolator does not multiply stuffed zeros). No
 * allocation in {@link #process(short[], int, int, short[], int)}; input is converted in blocks of
 * {@value #BLOCK} samples into a fixed float buffer.
 * <p>
 * One instance per stream and direction; not thread-safe. Rounding to 16 bits is round-half-away-from-zero with
 * saturation at ±32767/−32768 (an overshooting filter on a clipped input saturates instead of wrapping).
 */
public final class Resampler {

    /** Input samples converted and filtered per internal step; bounds the working buffer. */
    static final int BLOCK = 1024;

    private final int inRate;
    private final int outRate;
    /** Null for the pass-through instance. */
    private final PolyphaseFilterBank bank;
    private final int up;
    private final int down;
    private final int taps;
    private final int history;
    private final int stepWhole;
    private final int stepFraction;
    /** {@code [0, history)}: the previous input; {@code [history, history + BLOCK)}: the block being filtered. */
    private final float[] buffer;

    /** Index (relative to the next input sample) of the newest input sample the next output needs; {@code >= 0}. */
    private int position;
    /** Polyphase branch (virtual time modulo L) of the next output. */
    private int phase;

    private Resampler(int inRate, int outRate, PolyphaseFilterBank bank) {
        this.inRate = inRate;
        this.outRate = outRate;
        this.bank = bank;
        if (bank == null) {
            this.up = 1;
            this.down = 1;
            this.taps = 1;
        } else {
            this.up = bank.up;
            this.down = bank.down;
            this.taps = bank.taps;
        }
        this.history = taps - 1;
        this.stepWhole = down / up;
        this.stepFraction = down % up;
        this.buffer = bank == null ? new float[0] : new float[history + BLOCK];
    }

    /**
     * A resampler from {@code inRate} to {@code outRate} Hz; a pass-through instance (plain copy) when they are
     * equal. Filter coefficients are computed once per rate pair and shared.
     *
     * @throws IllegalArgumentException  if a rate is outside {@link AudioFormat#MIN_SAMPLE_RATE} ..
     *                                   {@link AudioFormat#MAX_SAMPLE_RATE}
     * @throws UnsupportedAudioException if the reduced ratio needs more than 1024 filter phases (no pair of standard
     *                                   rates does)
     */
    public static Resampler create(int inRate, int outRate) {
        checkRate(inRate);
        checkRate(outRate);
        return new Resampler(inRate, outRate, inRate == outRate ? null : PolyphaseFilterBank.of(inRate, outRate));
    }

    private static void checkRate(int rate) {
        if (rate < AudioFormat.MIN_SAMPLE_RATE || rate > AudioFormat.MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate " + rate + " Hz is outside " + AudioFormat.MIN_SAMPLE_RATE
                                               + ".." + AudioFormat.MAX_SAMPLE_RATE + " Hz");
        }
    }

    public int inRate() {
        return inRate;
    }

    public int outRate() {
        return outRate;
    }

    /** Whether this instance only copies (equal rates). */
    public boolean isPassThrough() {
        return bank == null;
    }

    /** Interpolation factor L of the reduced ratio {@code out/in = L/M}. */
    public int upFactor() {
        return up;
    }

    /** Decimation factor M of the reduced ratio {@code out/in = L/M}. */
    public int downFactor() {
        return down;
    }

    /** Filter taps evaluated per output sample (1 for pass-through). */
    public int tapsPerPhase() {
        return taps;
    }

    /**
     * Group delay in output samples: an input event at input index {@code i} appears in the output around index
     * {@code i·out/in + delaySamples()}. 0 for pass-through.
     */
    public double delaySamples() {
        return bank == null ? 0 : bank.delayOutputSamples();
    }

    /** Group delay in milliseconds. */
    public double delayMs() {
        return delaySamples() * 1000.0 / outRate;
    }

    /** Upper bound of the samples {@link #process} produces from {@code inLen} input samples, whatever the state. */
    public int maxOutputFor(int inLen) {
        if (inLen < 0) {
            throw new IllegalArgumentException("inLen < 0: " + inLen);
        }
        return Math.toIntExact(((long) inLen * up + down - 1) / down);
    }

    /** Exact number of samples {@link #process} produces from {@code inLen} input samples in the current state. */
    public int outputCount(int inLen) {
        if (inLen < 0) {
            throw new IllegalArgumentException("inLen < 0: " + inLen);
        }
        if (bank == null) {
            return inLen;
        }
        long span = (long) inLen * up - ((long) position * up + phase);
        return span <= 0 ? 0 : Math.toIntExact((span + down - 1) / down);
    }

    /** {@link #process(short[], int, int, short[], int)} writing from index 0 of {@code out}. */
    public int process(short[] in, int off, int len, short[] out) {
        return process(in, off, len, out, 0);
    }

    /**
     * Resamples {@code len} samples of {@code in} from {@code off}, writing to {@code out} from {@code outOff}.
     *
     * @return number of output samples written, {@link #outputCount(int)} of {@code len}
     * @throws IllegalArgumentException if {@code out} has less room than {@link #outputCount(int)} (nothing is
     *                                  consumed then)
     */
    public int process(short[] in, int off, int len, short[] out, int outOff) {
        Pcm16.checkRange(in.length, off, len);
        int produced = outputCount(len);
        if (outOff < 0 || outOff > out.length || out.length - outOff < produced) {
            throw new IllegalArgumentException("output has room for " + Math.max(0, out.length - outOff) + " samples, "
                                               + produced + " needed");
        }
        if (bank == null) {
            System.arraycopy(in, off, out, outOff, len);
            return len;
        }
        int o = outOff;
        while (len > 0) {
            int n = Math.min(len, BLOCK);
            for (int i = 0; i < n; i++) {
                buffer[history + i] = in[off + i];
            }
            o = filterBlock(n, out, o);
            off += n;
            len -= n;
        }
        return o - outOff;
    }

    /** Resamples a whole chunk into a new array (exactly {@link #outputCount(int)} long). */
    public short[] process(short[] in) {
        short[] out = new short[outputCount(in.length)];
        process(in, 0, in.length, out, 0);
        return out;
    }

    /**
     * Ends the stream: pushes enough silence through the filter for the last input sample to reach the output
     * (the group delay), returns those samples, and {@linkplain #reset() resets} the instance for a new stream.
     * Empty for pass-through.
     */
    public short[] flush() {
        if (bank == null) {
            return new short[0];
        }
        int zeros = (int) Math.ceil(bank.delayInputSamples());
        short[] out = new short[outputCount(zeros)];
        int o = 0;
        while (zeros > 0) {
            int n = Math.min(zeros, BLOCK);
            Arrays.fill(buffer, history, history + n, 0f);
            o = filterBlock(n, out, o);
            zeros -= n;
        }
        reset();
        return out;
    }

    /** Forgets the stream: history to silence, next output at the start of the next input. */
    public void reset() {
        Arrays.fill(buffer, 0f);
        position = 0;
        phase = 0;
    }

    /**
     * Produces every output whose newest input sample lies in the {@code n} new samples at
     * {@code buffer[history ..]}, then keeps the last {@code history} samples as the new history.
     */
    private int filterBlock(int n, short[] out, int o) {
        final float[] c = bank.coefficients;
        final float[] x = buffer;
        final int k = taps;
        int pos = position;
        int p = phase;
        while (pos < n) {
            // buffer[pos .. pos + k) holds inputs (pos - k + 1) .. pos relative to the block: the filter window
            int cb = p * k;
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            for (int j = 0; j < k; j += 4) {
                s0 += c[cb + j] * x[pos + j];
                s1 += c[cb + j + 1] * x[pos + j + 1];
                s2 += c[cb + j + 2] * x[pos + j + 2];
                s3 += c[cb + j + 3] * x[pos + j + 3];
            }
            out[o++] = saturate((s0 + s1) + (s2 + s3));
            pos += stepWhole;
            p += stepFraction;
            if (p >= up) {
                p -= up;
                pos++;
            }
        }
        position = pos - n;
        phase = p;
        System.arraycopy(x, n, x, 0, history);
        return o;
    }

    private static short saturate(float v) {
        int r = (int) (v >= 0 ? v + 0.5f : v - 0.5f);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }

    @Override
    public String toString() {
        return "Resampler[" + inRate + " Hz -> " + outRate + " Hz, " + up + "/" + down + ", " + taps + " taps/phase]";
    }
}
