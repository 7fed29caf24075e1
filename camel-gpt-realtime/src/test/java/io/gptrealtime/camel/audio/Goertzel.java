package io.gptrealtime.camel.audio;

/**
 * Goertzel single-bin DFT for tone measurements in tests. Windows are meant to hold a whole number of cycles of the
 * measured frequency (then there is no leakage and no window is needed).
 */
final class Goertzel {

    private Goertzel() {
    }

    /** Amplitude (peak) of the {@code freq} component of {@code x[off, off+len)} sampled at {@code rate}. */
    static double amplitude(short[] x, int off, int len, double freq, double rate) {
        double w = 2 * Math.PI * freq / rate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < len; i++) {
            double s0 = x[off + i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(Math.max(power, 0)) / len;
    }

    /** Level of {@code amplitude} relative to {@code reference} in dB (−∞ clamped to −300). */
    static double db(double amplitude, double reference) {
        return 20 * Math.log10(Math.max(amplitude, 1e-15) / reference);
    }

    /**
     * Signal-to-(noise + distortion) ratio in dB: the best-fitting sinusoid at {@code freq} is removed and the rest is
     * compared to it. Catches images, aliases and glitches anywhere in the band at once.
     */
    static double sinadDb(short[] x, int off, int len, double freq, double rate) {
        double w = 2 * Math.PI * freq / rate;
        double c = 0;
        double s = 0;
        for (int i = 0; i < len; i++) {
            c += x[off + i] * Math.cos(w * i);
            s += x[off + i] * Math.sin(w * i);
        }
        double a = 2 * c / len;
        double b = 2 * s / len;
        double signal = 0;
        double residual = 0;
        for (int i = 0; i < len; i++) {
            double fit = a * Math.cos(w * i) + b * Math.sin(w * i);
            double r = x[off + i] - fit;
            signal += fit * fit;
            residual += r * r;
        }
        return 10 * Math.log10(signal / Math.max(residual, 1e-30));
    }
}
