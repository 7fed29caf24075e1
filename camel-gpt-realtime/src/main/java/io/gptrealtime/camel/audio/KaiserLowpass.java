package io.gptrealtime.camel.audio;

/**
 * Windowed-sinc lowpass design with a Kaiser window (J. F. Kaiser's empirical formulas). The Kaiser window is used
 * because one parameter, β, trades main-lobe width against side-lobe level continuously, and Kaiser's formulas give
 * β and the length for a wanted stopband attenuation and transition width directly — no iterative design needed at
 * construction time.
 */
final class KaiserLowpass {

    /** Convergence limit of the I0 power series (terms below this relative size no longer change a double). */
    private static final double BESSEL_EPSILON = 1e-17;

    private KaiserLowpass() {
    }

    /**
     * Kaiser's β for a stopband attenuation of {@code attenuationDb} (the window's side-lobe level ends up there).
     */
    static double beta(double attenuationDb) {
        if (attenuationDb > 50) {
            return 0.1102 * (attenuationDb - 8.7);
        }
        if (attenuationDb >= 21) {
            double a = attenuationDb - 21;
            return 0.5842 * Math.pow(a, 0.4) + 0.07886 * a;
        }
        return 0;
    }

    /**
     * Kaiser's length estimate {@code (A - 7.95) / (14.36 * Δf) + 1} for attenuation {@code A} and a transition width
     * {@code Δf} given as a fraction of the sampling rate.
     */
    static int length(double attenuationDb, double transitionWidth) {
        return (int) Math.ceil((attenuationDb - 7.95) / (14.36 * transitionWidth)) + 1;
    }

    /**
     * Ideal lowpass impulse response {@code 2fc·sinc(2fc·(n - c))} multiplied by a Kaiser window, centred at
     * {@code c = (length - 1) / 2} (linear phase, symmetric). Unit DC gain within the window's ripple.
     *
     * @param length number of taps
     * @param cutoff cutoff (−6 dB point) as a fraction of the sampling rate, in (0, 0.5)
     * @param beta   Kaiser window parameter
     */
    static double[] design(int length, double cutoff, double beta) {
        double[] h = new double[length];
        double centre = (length - 1) / 2.0;
        double i0Beta = besselI0(beta);
        for (int n = 0; n < length; n++) {
            double t = n - centre;
            double x = 2 * cutoff * t;
            double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double r = centre == 0 ? 0 : t / centre;
            double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            h[n] = 2 * cutoff * sinc * window;
        }
        return h;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series Σ ((x/2)^k / k!)². */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 500; k++) {
            term *= half / k;
            double t2 = term * term;
            sum += t2;
            if (t2 < sum * BESSEL_EPSILON) {
                break;
            }
        }
        return sum;
    }
}
