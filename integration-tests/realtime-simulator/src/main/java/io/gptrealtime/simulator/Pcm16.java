package io.gptrealtime.simulator;

/** Little-endian PCM16 packing and the RMS measure the VAD uses. */
final class Pcm16 {

    private Pcm16() {
    }

    static byte[] toBytes(short[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }

    /** Root mean square of the samples, normalised to full scale (0.0 = silence, ~0.707 = full-scale sine). */
    static double rms(short[] samples) {
        if (samples.length == 0) {
            return 0;
        }
        double sum = 0;
        for (short s : samples) {
            double v = s / 32768.0;
            sum += v * v;
        }
        return Math.sqrt(sum / samples.length);
    }
}
