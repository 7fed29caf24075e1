package io.gptrealtime.camel.audio;

import java.util.Random;

/** Test signal generators. */
final class Signals {

    private Signals() {
    }

    /** {@code n} samples of {@code amplitude·sin(2πf·i/rate + phase)}, rounded. */
    static short[] sine(double freq, int rate, double amplitude, int n, double phase) {
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * freq * i / rate + phase));
        }
        return out;
    }

    static short[] sine(double freq, int rate, double amplitude, int n) {
        return sine(freq, rate, amplitude, n, 0);
    }

    /** Uniform white noise over the full 16-bit range (exercises saturation too). */
    static short[] noise(long seed, int n) {
        Random random = new Random(seed);
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) random.nextInt(65536);
        }
        return out;
    }

    static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int o = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
