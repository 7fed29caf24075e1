package io.gptrealtime.camel.audio;

/**
 * ITU-T G.711 µ-law and A-law companding, table driven.
 *
 * <h2>How the tables are built</h2> Both laws are computed at class initialisation from the segment/mantissa
 * definition of G.711 (nothing is copied from other code):
 * <ul>
 * <li><b>µ-law</b> quantises a 14-bit sign-magnitude value. The magnitude plus a bias of 33 is split into a 3-bit
 * segment (position of its highest set bit above bit 5) and the 4 bits below it; the 7 bits are inverted and the
 * sign bit is 1 for positive values. Decoding yields the interval midpoints of G.711 table 2a
 * ({@code ((2m + 33) << s) - 33}, so 0, 2, 4 … 8031), scaled by 4 to 16 bits (max ±32124).</li>
 * <li><b>A-law</b> quantises a 13-bit sign-magnitude value: segment 0 is linear with step 2, segment {@code s >= 1}
 * covers {@code [32 << (s-1), 64 << (s-1))} with 16 steps; the even bits are inverted (XOR 0x55) and the sign bit is
 * 1 for positive values. Decoding yields the midpoints of G.711 table 1a (1, 3 … 4032), scaled by 8 (max ±32256).</li>
 * </ul>
 * The encoders index a table by the 16-bit sample shifted down to the law's resolution (16384 entries for µ-law,
 * 8192 for A-law), which is exactly G.711's truncating quantiser. Negative samples are quantised through their
 * one's complement ({@code -1 - x}), like the ITU-T G.191 reference software, which makes the quantiser symmetric:
 * {@code x} and {@code -1 - x} always get codes that differ only in the sign bit.
 *
 * <h2>The µ-law negative zero (0x7F)</h2> µ-law has two codes for zero: 0xFF (+0) and 0x7F (−0). G.711 decodes both
 * to 0, which would make 0x7F the only code that does not survive a decode → encode round trip. This class decodes
 * 0x7F to <b>−1</b> instead: −1 lies inside 0x7F's own decision interval (16-bit inputs −4..−1 encode to 0x7F), it
 * is 1/32768 of full scale away from the G.711 value (inaudible), and it makes decoding injective, so any G.711 stream
 * decoded to PCM16 and re-encoded is bit-identical — all 256 codes of both laws round-trip. PCM silence (0) encodes
 * to 0xFF, the canonical µ-law idle code. A-law has no zero code (its smallest values are ±8) and needs no rule.
 */
public final class G711 {

    /** µ-law code of PCM 0 (idle channel). */
    public static final byte ULAW_SILENCE = (byte) 0xFF;

    /** A-law code nearest to PCM 0 (+8; idle channel). */
    public static final byte ALAW_SILENCE = (byte) 0xD5;

    /** Largest µ-law decoder output (16-bit scale). */
    public static final int ULAW_MAX = 32124;

    /** Largest A-law decoder output (16-bit scale). */
    public static final int ALAW_MAX = 32256;

    /** µ-law works on 14 bits: 16-bit samples are shifted right by this much. */
    private static final int ULAW_SHIFT = 2;
    /** A-law works on 13 bits. */
    private static final int ALAW_SHIFT = 3;
    /** Bias added to the 14-bit magnitude so every segment starts on a power of two (G.711 µ-law). */
    private static final int ULAW_BIAS = 33;
    /** Largest biased 14-bit µ-law magnitude (13 bits set); larger inputs clip to the top code. */
    private static final int ULAW_BIASED_MAX = 0x1FFF;
    /** A-law transmits with every even bit inverted. */
    private static final int ALAW_EVEN_BIT_INVERSION = 0x55;
    private static final int SIGN_BIT = 0x80;
    private static final int MANTISSA_MASK = 0x0F;
    private static final int SEGMENT_SHIFT = 4;
    private static final int CODES = 256;
    private static final int ULAW_TABLE_SIZE = 1 << (16 - ULAW_SHIFT);
    private static final int ALAW_TABLE_SIZE = 1 << (16 - ALAW_SHIFT);
    private static final int ULAW_TABLE_OFFSET = ULAW_TABLE_SIZE / 2;
    private static final int ALAW_TABLE_OFFSET = ALAW_TABLE_SIZE / 2;
    private static final int ULAW_NEGATIVE_ZERO = 0x7F;

    private static final short[] ULAW_DECODE = new short[CODES];
    private static final short[] ALAW_DECODE = new short[CODES];
    private static final byte[] ULAW_ENCODE = new byte[ULAW_TABLE_SIZE];
    private static final byte[] ALAW_ENCODE = new byte[ALAW_TABLE_SIZE];
    private static final byte[] ULAW_TO_ALAW = new byte[CODES];
    private static final byte[] ALAW_TO_ULAW = new byte[CODES];

    static {
        for (int code = 0; code < CODES; code++) {
            ULAW_DECODE[code] = (short) ulawDecode(code);
            ALAW_DECODE[code] = (short) alawDecode(code);
        }
        for (int i = 0; i < ULAW_TABLE_SIZE; i++) {
            ULAW_ENCODE[i] = (byte) ulawEncode14(i - ULAW_TABLE_OFFSET);
        }
        for (int i = 0; i < ALAW_TABLE_SIZE; i++) {
            ALAW_ENCODE[i] = (byte) alawEncode13(i - ALAW_TABLE_OFFSET);
        }
        // Cross-law transcoding = decode then encode with the other law (not G.711 appendix's hand-tuned table).
        for (int code = 0; code < CODES; code++) {
            ULAW_TO_ALAW[code] = linearToAlaw(ULAW_DECODE[code]);
            ALAW_TO_ULAW[code] = linearToUlaw(ALAW_DECODE[code]);
        }
    }

    private G711() {
    }

    // ---------------------------------------------------------------- law definitions (used to fill the tables)

    /** µ-law code → 16-bit value, per the class comment (0x7F → −1). */
    private static int ulawDecode(int code) {
        if (code == ULAW_NEGATIVE_ZERO) {
            return -1;
        }
        int bits = ~code & 0x7F;
        int segment = bits >> SEGMENT_SHIFT;
        int mantissa = bits & MANTISSA_MASK;
        int magnitude14 = (((mantissa << 1) + ULAW_BIAS) << segment) - ULAW_BIAS;
        int value = magnitude14 << ULAW_SHIFT;
        return (code & SIGN_BIT) != 0 ? value : -value;
    }

    /** 14-bit signed value (−8192..8191) → µ-law code. */
    private static int ulawEncode14(int v) {
        int sign = v >= 0 ? SIGN_BIT : 0;
        int magnitude = v >= 0 ? v : ~v;
        int biased = Math.min(magnitude + ULAW_BIAS, ULAW_BIASED_MAX);
        // biased >= 33, so its highest set bit is at position 5..12 → segment 0..7
        int segment = (31 - Integer.numberOfLeadingZeros(biased)) - 5;
        int mantissa = (biased >> (segment + 1)) & MANTISSA_MASK;
        return sign | (0x7F ^ ((segment << SEGMENT_SHIFT) | mantissa));
    }

    /** A-law code → 16-bit value. */
    private static int alawDecode(int code) {
        int bits = code ^ ALAW_EVEN_BIT_INVERSION;
        int segment = (bits >> SEGMENT_SHIFT) & 0x07;
        int mantissa = bits & MANTISSA_MASK;
        int magnitude13 = segment == 0
                ? (mantissa << 1) + 1
                : ((mantissa << 1) + 33) << (segment - 1);
        int value = magnitude13 << ALAW_SHIFT;
        return (bits & SIGN_BIT) != 0 ? value : -value;
    }

    /** 13-bit signed value (−4096..4095) → A-law code. */
    private static int alawEncode13(int v) {
        int sign = v >= 0 ? SIGN_BIT : 0;
        int magnitude = v >= 0 ? v : ~v;
        int segmentAndMantissa;
        if (magnitude < 32) {
            segmentAndMantissa = magnitude >> 1;
        } else {
            // magnitude in [32 << (s-1), 64 << (s-1)) → s = log2(magnitude) - 4, 16 steps per segment
            int segment = (31 - Integer.numberOfLeadingZeros(magnitude)) - 4;
            segmentAndMantissa = (segment << SEGMENT_SHIFT) | ((magnitude >> segment) & MANTISSA_MASK);
        }
        return (sign | segmentAndMantissa) ^ ALAW_EVEN_BIT_INVERSION;
    }

    // ---------------------------------------------------------------- single samples

    /** Decodes one µ-law code to a 16-bit sample. */
    public static short ulawToLinear(byte code) {
        return ULAW_DECODE[code & 0xFF];
    }

    /** Decodes one A-law code to a 16-bit sample. */
    public static short alawToLinear(byte code) {
        return ALAW_DECODE[code & 0xFF];
    }

    /** Encodes one 16-bit sample to µ-law. */
    public static byte linearToUlaw(short sample) {
        return ULAW_ENCODE[(sample >> ULAW_SHIFT) + ULAW_TABLE_OFFSET];
    }

    /** Encodes one 16-bit sample to A-law. */
    public static byte linearToAlaw(short sample) {
        return ALAW_ENCODE[(sample >> ALAW_SHIFT) + ALAW_TABLE_OFFSET];
    }

    // ---------------------------------------------------------------- bulk: code bytes ⇄ short[]

    /** Decodes {@code len} µ-law codes from {@code in[off]} into {@code out[outOff]}. */
    public static void ulawToPcm16(byte[] in, int off, int len, short[] out, int outOff) {
        decode(ULAW_DECODE, in, off, len, out, outOff);
    }

    /** Decodes {@code len} µ-law codes from {@code in[off]} into {@code out[0]}. */
    public static void ulawToPcm16(byte[] in, int off, int len, short[] out) {
        decode(ULAW_DECODE, in, off, len, out, 0);
    }

    /** Decodes {@code len} A-law codes from {@code in[off]} into {@code out[outOff]}. */
    public static void alawToPcm16(byte[] in, int off, int len, short[] out, int outOff) {
        decode(ALAW_DECODE, in, off, len, out, outOff);
    }

    /** Decodes {@code len} A-law codes from {@code in[off]} into {@code out[0]}. */
    public static void alawToPcm16(byte[] in, int off, int len, short[] out) {
        decode(ALAW_DECODE, in, off, len, out, 0);
    }

    /** Encodes {@code len} samples from {@code in[off]} to µ-law codes at {@code out[outOff]}. */
    public static void pcm16ToUlaw(short[] in, int off, int len, byte[] out, int outOff) {
        encode(ULAW_ENCODE, ULAW_SHIFT, ULAW_TABLE_OFFSET, in, off, len, out, outOff);
    }

    /** Encodes {@code len} samples from {@code in[off]} to µ-law codes at {@code out[0]}. */
    public static void pcm16ToUlaw(short[] in, int off, int len, byte[] out) {
        encode(ULAW_ENCODE, ULAW_SHIFT, ULAW_TABLE_OFFSET, in, off, len, out, 0);
    }

    /** Encodes {@code len} samples from {@code in[off]} to A-law codes at {@code out[outOff]}. */
    public static void pcm16ToAlaw(short[] in, int off, int len, byte[] out, int outOff) {
        encode(ALAW_ENCODE, ALAW_SHIFT, ALAW_TABLE_OFFSET, in, off, len, out, outOff);
    }

    /** Encodes {@code len} samples from {@code in[off]} to A-law codes at {@code out[0]}. */
    public static void pcm16ToAlaw(short[] in, int off, int len, byte[] out) {
        encode(ALAW_ENCODE, ALAW_SHIFT, ALAW_TABLE_OFFSET, in, off, len, out, 0);
    }

    // ---------------------------------------------------------------- bulk: code bytes ⇄ PCM16 little-endian bytes

    /** Decodes {@code len} µ-law codes into {@code 2 * len} PCM16 LE bytes at {@code out[outOff]}. */
    public static void ulawToPcm16Le(byte[] in, int off, int len, byte[] out, int outOff) {
        decodeLe(ULAW_DECODE, in, off, len, out, outOff);
    }

    /** Decodes µ-law codes into a new PCM16 LE byte array. */
    public static byte[] ulawToPcm16Le(byte[] in) {
        byte[] out = new byte[in.length * 2];
        decodeLe(ULAW_DECODE, in, 0, in.length, out, 0);
        return out;
    }

    /** Decodes {@code len} A-law codes into {@code 2 * len} PCM16 LE bytes at {@code out[outOff]}. */
    public static void alawToPcm16Le(byte[] in, int off, int len, byte[] out, int outOff) {
        decodeLe(ALAW_DECODE, in, off, len, out, outOff);
    }

    /** Decodes A-law codes into a new PCM16 LE byte array. */
    public static byte[] alawToPcm16Le(byte[] in) {
        byte[] out = new byte[in.length * 2];
        decodeLe(ALAW_DECODE, in, 0, in.length, out, 0);
        return out;
    }

    /** Encodes {@code len} PCM16 LE bytes (even) into {@code len / 2} µ-law codes at {@code out[outOff]}. */
    public static void pcm16LeToUlaw(byte[] in, int off, int len, byte[] out, int outOff) {
        encodeLe(ULAW_ENCODE, ULAW_SHIFT, ULAW_TABLE_OFFSET, in, off, len, out, outOff);
    }

    /** Encodes PCM16 LE bytes (even length) into a new µ-law array. */
    public static byte[] pcm16LeToUlaw(byte[] in) {
        byte[] out = new byte[in.length / 2];
        encodeLe(ULAW_ENCODE, ULAW_SHIFT, ULAW_TABLE_OFFSET, in, 0, in.length, out, 0);
        return out;
    }

    /** Encodes {@code len} PCM16 LE bytes (even) into {@code len / 2} A-law codes at {@code out[outOff]}. */
    public static void pcm16LeToAlaw(byte[] in, int off, int len, byte[] out, int outOff) {
        encodeLe(ALAW_ENCODE, ALAW_SHIFT, ALAW_TABLE_OFFSET, in, off, len, out, outOff);
    }

    /** Encodes PCM16 LE bytes (even length) into a new A-law array. */
    public static byte[] pcm16LeToAlaw(byte[] in) {
        byte[] out = new byte[in.length / 2];
        encodeLe(ALAW_ENCODE, ALAW_SHIFT, ALAW_TABLE_OFFSET, in, 0, in.length, out, 0);
        return out;
    }

    // ---------------------------------------------------------------- cross-law

    /** Transcodes µ-law to A-law (decode, then encode with the other law); may run in place (same array and offset). */
    public static void ulawToAlaw(byte[] in, int off, int len, byte[] out, int outOff) {
        map(ULAW_TO_ALAW, in, off, len, out, outOff);
    }

    /** Transcodes A-law to µ-law (decode, then encode with the other law); may run in place (same array and offset). */
    public static void alawToUlaw(byte[] in, int off, int len, byte[] out, int outOff) {
        map(ALAW_TO_ULAW, in, off, len, out, outOff);
    }

    // ---------------------------------------------------------------- loops

    private static void decode(short[] table, byte[] in, int off, int len, short[] out, int outOff) {
        Pcm16.checkRange(in.length, off, len);
        Pcm16.checkRange(out.length, outOff, len);
        for (int i = 0; i < len; i++) {
            out[outOff + i] = table[in[off + i] & 0xFF];
        }
    }

    private static void encode(byte[] table, int shift, int offset, short[] in, int off, int len, byte[] out, int outOff) {
        Pcm16.checkRange(in.length, off, len);
        Pcm16.checkRange(out.length, outOff, len);
        for (int i = 0; i < len; i++) {
            out[outOff + i] = table[(in[off + i] >> shift) + offset];
        }
    }

    private static void decodeLe(short[] table, byte[] in, int off, int len, byte[] out, int outOff) {
        Pcm16.checkRange(in.length, off, len);
        Pcm16.checkRange(out.length, outOff, len * 2);
        for (int i = 0, b = outOff; i < len; i++, b += 2) {
            short s = table[in[off + i] & 0xFF];
            out[b] = (byte) s;
            out[b + 1] = (byte) (s >> 8);
        }
    }

    private static void encodeLe(byte[] table, int shift, int offset, byte[] in, int off, int len, byte[] out, int outOff) {
        if ((len & 1) != 0) {
            throw new IllegalArgumentException("PCM16 byte length must be even (2 bytes per sample), got " + len);
        }
        int samples = len >> 1;
        Pcm16.checkRange(in.length, off, len);
        Pcm16.checkRange(out.length, outOff, samples);
        for (int i = 0, b = off; i < samples; i++, b += 2) {
            int sample = (in[b] & 0xFF) | (in[b + 1] << 8); // sign comes from the high byte
            out[outOff + i] = table[(sample >> shift) + offset];
        }
    }

    private static void map(byte[] table, byte[] in, int off, int len, byte[] out, int outOff) {
        Pcm16.checkRange(in.length, off, len);
        Pcm16.checkRange(out.length, outOff, len);
        for (int i = 0; i < len; i++) {
            out[outOff + i] = table[in[off + i] & 0xFF];
        }
    }
}
