package io.gptrealtime.camel.audio;

/**
 * Signed 16-bit little-endian PCM bytes ⇄ {@code short} samples. Bulk loops, no per-sample allocation.
 */
public final class Pcm16 {

    /** Bytes per PCM16 sample. */
    public static final int BYTES_PER_SAMPLE = 2;

    private Pcm16() {
    }

    /**
     * Decodes {@code len} bytes (an even count) starting at {@code off} into {@code out} from {@code outOff}.
     *
     * @return number of samples written ({@code len / 2})
     */
    public static int toShorts(byte[] in, int off, int len, short[] out, int outOff) {
        checkEven(len);
        int samples = len >> 1;
        checkRange(in.length, off, len);
        checkRange(out.length, outOff, samples);
        for (int i = 0, b = off; i < samples; i++, b += 2) {
            out[outOff + i] = (short) ((in[b] & 0xFF) | (in[b + 1] << 8));
        }
        return samples;
    }

    /** {@link #toShorts(byte[], int, int, short[], int)} writing from index 0 of {@code out}. */
    public static int toShorts(byte[] in, int off, int len, short[] out) {
        return toShorts(in, off, len, out, 0);
    }

    /** Decodes a whole PCM16 LE byte array (even length) into a new sample array. */
    public static short[] toShorts(byte[] in) {
        checkEven(in.length);
        short[] out = new short[in.length >> 1];
        toShorts(in, 0, in.length, out, 0);
        return out;
    }

    /**
     * Encodes {@code len} samples starting at {@code off} into {@code out} from {@code outOff} (2 bytes per sample).
     *
     * @return number of bytes written ({@code 2 * len})
     */
    public static int toBytes(short[] in, int off, int len, byte[] out, int outOff) {
        checkRange(in.length, off, len);
        checkRange(out.length, outOff, len * 2);
        for (int i = 0, b = outOff; i < len; i++, b += 2) {
            short s = in[off + i];
            out[b] = (byte) s;
            out[b + 1] = (byte) (s >> 8);
        }
        return len * 2;
    }

    /** {@link #toBytes(short[], int, int, byte[], int)} writing from index 0 of {@code out}. */
    public static int toBytes(short[] in, int off, int len, byte[] out) {
        return toBytes(in, off, len, out, 0);
    }

    /** Encodes samples into a new PCM16 LE byte array. */
    public static byte[] toBytes(short[] in) {
        byte[] out = new byte[in.length * 2];
        toBytes(in, 0, in.length, out, 0);
        return out;
    }

    /** Encodes part of a sample array into a new PCM16 LE byte array. */
    public static byte[] toBytes(short[] in, int off, int len) {
        byte[] out = new byte[len * 2];
        toBytes(in, off, len, out, 0);
        return out;
    }

    private static void checkEven(int len) {
        if ((len & 1) != 0) {
            throw new IllegalArgumentException("PCM16 byte length must be even (2 bytes per sample), got " + len);
        }
    }

    static void checkRange(int arrayLength, int off, int len) {
        if (off < 0 || len < 0 || off > arrayLength - len) {
            throw new IndexOutOfBoundsException("range [" + off + ", " + off + " + " + len + ") out of bounds for length "
                                                + arrayLength);
        }
    }
}
