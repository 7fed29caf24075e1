package io.gptrealtime.camel.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The immutable, shareable part of a {@link Resampler}: the anti-alias / anti-image lowpass for one rate pair,
 * split into its polyphase components.
 *
 * <h2>Rational ratio</h2> {@code out/in} is reduced by the gcd to {@code L/M} (24 k→8 k: 1/3, 8 k→24 k: 3/1,
 * 44.1 k→24 k: 80/147). Conceptually the input is zero-stuffed by {@code L}, lowpassed at the virtual rate
 * {@code in·L}, and every {@code M}-th sample kept. Output sample {@code n} sits at virtual time {@code nM}; with
 * {@code p = nM mod L} and {@code i = floor(nM / L)} only the taps {@code h[p], h[p+L], h[p+2L] …} meet non-zero
 * input, so {@code y[n] = Σk h[p + kL]·x[i - k]}: {@code K = N/L} multiply-adds per output, and only the outputs that
 * are kept are computed. Integer decimation ({@code L = 1}) and interpolation ({@code M = 1}) are the same code with
 * one phase or one step.
 *
 * <h2>Filter design</h2>
 * <ul>
 * <li><b>Cutoff</b> (−6 dB) at half the lower of the two rates — the Nyquist frequency of the narrower side. Below it
 * lies everything the narrow side can carry, above it everything that would alias (decimation) or is an image
 * (interpolation).</li>
 * <li><b>Transition band</b> centred on that cutoff, from {@value #PASSBAND_EDGE}× to {@value #STOPBAND_EDGE}× of it
 * (8 kHz side: flat to 3.4 kHz, ≥ 90 dB down from 4.6 kHz). Centring it on Nyquist means anything that folds over
 * lands in the transition band, never in the passband; at 8 kHz the passband ends exactly at the 3.4 kHz top of the
 * G.711 telephone band, so nothing a phone carries is lost, and the width (15 % of the narrow rate) keeps the filter
 * short: 24 k→8 k needs 116 taps, 8 k→24 k 40 taps per phase.</li>
 * <li><b>Stopband {@value #STOPBAND_ATTENUATION_DB} dB</b>: 16-bit audio has ~96 dB of range and aliasing is
 * inaudible below the quantisation noise of a speech signal at normal levels; 90 dB keeps ≥ 80 dB after float
 * rounding with margin, while 100+ dB would cost ~15 % more taps for nothing audible.</li>
 * <li><b>Kaiser window</b>, β = 0.1102·(A − 8.7) ≈ 8.96 for A = 90 dB, length by Kaiser's formula
 * {@code N = (A − 7.95) / (14.36·Δf) + 1}; taps per phase rounded up to a multiple of {@value #TAP_ALIGNMENT} so the
 * inner loop has no remainder (the longer window only adds attenuation).</li>
 * <li><b>Per-phase unity gain</b>: each phase's taps are scaled to sum to exactly 1. A windowed sinc's phases differ
 * from 1/L by the window ripple (~−90 dB); left alone, a DC input would be reproduced with a tiny periodic ripple (a
 * tone at the input rate). Normalising removes it exactly and makes a constant input come out constant.</li>
 * <li>Coefficients are stored as {@code float}, phase-major and time-reversed, so the inner loop walks the input
 * history and the taps forward; float accumulation error (~−140 dB) is far below the 16-bit output's resolution.</li>
 * </ul>
 * Group delay is {@code (N - 1) / 2} virtual samples (linear phase): {@code (N - 1) / (2M)} output samples.
 */
final class PolyphaseFilterBank {

    /** Design stopband attenuation (dB). */
    static final double STOPBAND_ATTENUATION_DB = 90;
    /** Passband edge as a fraction of the lower Nyquist frequency. */
    static final double PASSBAND_EDGE = 0.85;
    /** Stopband edge as a fraction of the lower Nyquist frequency (mirror of the passband edge around Nyquist). */
    static final double STOPBAND_EDGE = 1.15;
    /** Taps per phase are a multiple of this (the inner loop is unrolled by four). */
    static final int TAP_ALIGNMENT = 4;
    /** Most phases (L) a ratio may need; covers every pair of standard rates (8 k→44.1 k needs 441). */
    static final int MAX_PHASES = 1024;
    /** Most coefficients one bank may hold (4 MiB of floats). */
    static final int MAX_COEFFICIENTS = 1 << 20;
    /** Banks are shared across sessions; at most this many rate pairs are kept. */
    private static final int CACHE_LIMIT = 64;

    private static final Map<Long, PolyphaseFilterBank> CACHE = new ConcurrentHashMap<>();

    final int inRate;
    final int outRate;
    /** Interpolation factor L: number of phases. */
    final int up;
    /** Decimation factor M. */
    final int down;
    /** Taps per phase K. */
    final int taps;
    /** Prototype length N = K·L. */
    final int length;
    /** {@code coefficients[p*K + j]} = h[p + (K-1-j)·L], scaled so each phase sums to 1. */
    final float[] coefficients;

    private PolyphaseFilterBank(int inRate, int outRate) {
        this.inRate = inRate;
        this.outRate = outRate;
        int gcd = gcd(inRate, outRate);
        this.up = outRate / gcd;
        this.down = inRate / gcd;
        if (up > MAX_PHASES) {
            throw new UnsupportedAudioException("cannot resample " + inRate + " Hz to " + outRate + " Hz: the ratio " + up + "/"
                                                + down + " needs " + up + " filter phases (limit " + MAX_PHASES
                                                + "); use standard sample rates");
        }
        double virtualRate = (double) inRate * up;
        double nyquist = Math.min(inRate, outRate) / 2.0;
        double cutoff = nyquist / virtualRate;
        double transition = (STOPBAND_EDGE - PASSBAND_EDGE) * nyquist / virtualRate;
        int estimate = KaiserLowpass.length(STOPBAND_ATTENUATION_DB, transition);
        int k = (estimate + up - 1) / up;
        k = (k + TAP_ALIGNMENT - 1) / TAP_ALIGNMENT * TAP_ALIGNMENT;
        if ((long) k * up > MAX_COEFFICIENTS) {
            throw new UnsupportedAudioException("cannot resample " + inRate + " Hz to " + outRate + " Hz: the filter needs "
                                                + (long) k * up + " coefficients (limit " + MAX_COEFFICIENTS + ")");
        }
        this.taps = k;
        this.length = k * up;
        double[] h = KaiserLowpass.design(length, cutoff, KaiserLowpass.beta(STOPBAND_ATTENUATION_DB));
        this.coefficients = new float[length];
        for (int p = 0; p < up; p++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += h[p + j * up];
            }
            for (int j = 0; j < k; j++) {
                coefficients[p * k + (k - 1 - j)] = (float) (h[p + j * up] / sum);
            }
        }
    }

    /** The bank for a rate pair, shared (it is immutable). */
    static PolyphaseFilterBank of(int inRate, int outRate) {
        Long key = ((long) inRate << 32) | outRate;
        PolyphaseFilterBank bank = CACHE.get(key);
        if (bank == null) {
            bank = new PolyphaseFilterBank(inRate, outRate);
            if (CACHE.size() < CACHE_LIMIT) {
                PolyphaseFilterBank raced = CACHE.putIfAbsent(key, bank);
                if (raced != null) {
                    bank = raced;
                }
            }
        }
        return bank;
    }

    /** Group delay in output samples. */
    double delayOutputSamples() {
        return (length - 1) / (2.0 * down);
    }

    /** Group delay in input samples. */
    double delayInputSamples() {
        return (length - 1) / (2.0 * up);
    }

    /**
     * Magnitude response in dB (0 dB = unity gain) of the filter as stored (float, phase-normalised), at
     * {@code hz} on the virtual rate {@code in·L}. For tests and diagnostics; O(N).
     */
    double responseDb(double hz) {
        double w = 2 * Math.PI * hz / ((double) inRate * up);
        // Σ h[n]·e^(-jwn) with e^(-jwn) advanced by one complex rotation per tap (no trig in the loop)
        double stepRe = Math.cos(w);
        double stepIm = -Math.sin(w);
        double rotRe = 1;
        double rotIm = 0;
        double re = 0;
        double im = 0;
        for (int n = 0; n < length; n++) {
            int p = n % up;
            double c = coefficients[p * taps + (taps - 1 - n / up)];
            re += c * rotRe;
            im += c * rotIm;
            double r = rotRe * stepRe - rotIm * stepIm;
            rotIm = rotRe * stepIm + rotIm * stepRe;
            rotRe = r;
        }
        double magnitude = Math.hypot(re, im) / up;
        return 20 * Math.log10(Math.max(magnitude, 1e-30));
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
