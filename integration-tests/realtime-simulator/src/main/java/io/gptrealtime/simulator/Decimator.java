package io.gptrealtime.simulator;

/**
 * 24 kHz to 8 kHz conversion for G.711 output: a 31-tap Hamming-windowed sinc low-pass (cut-off 3.6 kHz) evaluated
 * at every third input sample. Crude next to the component's polyphase resampler, but it filters before it drops
 * samples, which is all a test peer needs to avoid aliasing tones into the telephone band.
 */
final class Decimator {

    private static final int FACTOR = 3;
    private static final double[] TAPS = lowPass(31, 3_600.0 / 24_000.0);

    private Decimator() {
    }

    /** Output length is {@code ceil(n / 3)}, so 24 kHz durations map exactly onto 8 kHz durations for whole ms. */
    static short[] to8k(short[] in) {
        int outLength = (in.length + FACTOR - 1) / FACTOR;
        short[] out = new short[outLength];
        int half = TAPS.length / 2;
        for (int k = 0; k < outLength; k++) {
            int centre = k * FACTOR;
            double acc = 0;
            for (int t = 0; t < TAPS.length; t++) {
                int idx = centre + t - half;
                if (idx >= 0 && idx < in.length) {
                    acc += TAPS[t] * in[idx];
                }
            }
            out[k] = clip(acc);
        }
        return out;
    }

    /** Linear-interpolation resampling for WAV sources that are not 24 kHz; low-passes first when shrinking. */
    static short[] resampleTo24k(short[] in, int inRate) {
        if (inRate == 24_000 || in.length == 0) {
            return in;
        }
        short[] source = in;
        if (inRate > 24_000) {
            // a moving average over the rate ratio is a cheap anti-alias filter for a test fixture
            int window = (int) Math.ceil(inRate / 24_000.0);
            short[] smoothed = new short[in.length];
            for (int i = 0; i < in.length; i++) {
                long acc = 0;
                int n = 0;
                for (int j = i - window / 2; j <= i + window / 2; j++) {
                    if (j >= 0 && j < in.length) {
                        acc += in[j];
                        n++;
                    }
                }
                smoothed[i] = (short) (acc / n);
            }
            source = smoothed;
        }
        int outLength = (int) Math.round(in.length * 24_000.0 / inRate);
        short[] out = new short[outLength];
        double step = inRate / 24_000.0;
        for (int i = 0; i < outLength; i++) {
            double pos = i * step;
            int i0 = (int) pos;
            int i1 = Math.min(i0 + 1, source.length - 1);
            double frac = pos - i0;
            out[i] = clip(source[Math.min(i0, source.length - 1)] * (1 - frac) + source[i1] * frac);
        }
        return out;
    }

    private static short clip(double v) {
        long r = Math.round(v);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }

    private static double[] lowPass(int taps, double cutoffFraction) {
        double[] h = new double[taps];
        int m = taps - 1;
        double sum = 0;
        for (int n = 0; n < taps; n++) {
            double x = n - m / 2.0;
            double sinc = x == 0 ? 2 * cutoffFraction : Math.sin(2 * Math.PI * cutoffFraction * x) / (Math.PI * x);
            double window = 0.54 - 0.46 * Math.cos(2 * Math.PI * n / m);
            h[n] = sinc * window;
            sum += h[n];
        }
        for (int n = 0; n < taps; n++) {
            h[n] /= sum; // unity gain at DC
        }
        return h;
    }
}
