package io.gptrealtime.camel.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class G711Test {

    @Test
    void everyUlawCodeRoundTripsExactly() {
        for (int code = 0; code < 256; code++) {
            short linear = G711.ulawToLinear((byte) code);
            assertEquals(code, G711.linearToUlaw(linear) & 0xFF, "µ-law code 0x" + Integer.toHexString(code));
        }
    }

    @Test
    void everyAlawCodeRoundTripsExactly() {
        for (int code = 0; code < 256; code++) {
            short linear = G711.alawToLinear((byte) code);
            assertEquals(code, G711.linearToAlaw(linear) & 0xFF, "A-law code 0x" + Integer.toHexString(code));
        }
    }

    @Test
    void decodingIsInjectiveSoNoTwoCodesShareAValue() {
        java.util.Set<Short> ulaw = new java.util.HashSet<>();
        java.util.Set<Short> alaw = new java.util.HashSet<>();
        for (int code = 0; code < 256; code++) {
            ulaw.add(G711.ulawToLinear((byte) code));
            alaw.add(G711.alawToLinear((byte) code));
        }
        assertEquals(256, ulaw.size());
        assertEquals(256, alaw.size());
    }

    @Test
    void ulawZeroCodeRule() {
        // +0 (0xFF) decodes to 0 and PCM silence encodes to it; −0 (0x7F) decodes to −1 (inside its own decision
        // interval −4..−1) so that it survives the round trip.
        assertEquals(0, G711.ulawToLinear((byte) 0xFF));
        assertEquals(-1, G711.ulawToLinear((byte) 0x7F));
        assertEquals((byte) 0xFF, G711.linearToUlaw((short) 0));
        assertEquals(G711.ULAW_SILENCE, G711.linearToUlaw((short) 3));
        for (int x = -4; x <= -1; x++) {
            assertEquals((byte) 0x7F, G711.linearToUlaw((short) x), "input " + x);
        }
        assertEquals((byte) 0x7E, G711.linearToUlaw((short) -5));
    }

    @Test
    void ulawMatchesG711Table2aReferenceValues() {
        // G.711 table 2a decoder outputs (14-bit scale: 0, 2, 30, 33, 93, 99 … 8031) times 4 for 16-bit samples.
        int[][] codeToValue = {
                { 0xFF, 0 }, { 0xFE, 2 * 4 }, { 0xF0, 30 * 4 }, { 0xEF, 33 * 4 }, { 0xE0, 93 * 4 }, { 0xDF, 99 * 4 },
                { 0x80, 8031 * 4 }, { 0x00, -8031 * 4 }, { 0x7E, -2 * 4 }, { 0x6F, -33 * 4 } };
        for (int[] pair : codeToValue) {
            assertEquals(pair[1], G711.ulawToLinear((byte) pair[0]), "code 0x" + Integer.toHexString(pair[0]));
        }
        assertEquals(G711.ULAW_MAX, G711.ulawToLinear((byte) 0x80));
        // decision boundaries: 14-bit 31 starts the second segment (output 33); 16-bit 124 = 31·4
        assertEquals((byte) 0xF0, G711.linearToUlaw((short) 123));
        assertEquals((byte) 0xEF, G711.linearToUlaw((short) 124));
        assertEquals((byte) 0x80, G711.linearToUlaw(Short.MAX_VALUE));
        assertEquals((byte) 0x00, G711.linearToUlaw(Short.MIN_VALUE));
    }

    @Test
    void alawMatchesG711Table1aReferenceValues() {
        // G.711 table 1a decoder outputs (1, 3 … 31, 33 … 4032) times 8 for 16-bit samples; even bits inverted.
        int[][] codeToValue = {
                { 0xD5, 1 * 8 }, { 0x55, -1 * 8 }, { 0xD4, 3 * 8 }, { 0xC5, 33 * 8 }, { 0xAA, 4032 * 8 }, { 0x2A, -4032 * 8 } };
        for (int[] pair : codeToValue) {
            assertEquals(pair[1], G711.alawToLinear((byte) pair[0]), "code 0x" + Integer.toHexString(pair[0]));
        }
        assertEquals(G711.ALAW_MAX, G711.alawToLinear((byte) 0xAA));
        assertEquals(G711.ALAW_SILENCE, G711.linearToAlaw((short) 0));
        assertEquals((byte) 0xD5, G711.linearToAlaw((short) 15));
        assertEquals((byte) 0xD4, G711.linearToAlaw((short) 16));
        assertEquals((byte) 0x55, G711.linearToAlaw((short) -1));
        assertEquals((byte) 0x55, G711.linearToAlaw((short) -16));
        assertEquals((byte) 0xAA, G711.linearToAlaw(Short.MAX_VALUE));
        assertEquals((byte) 0x2A, G711.linearToAlaw(Short.MIN_VALUE));
    }

    @Test
    void digitalMilliwattSequencesOfG711Tables5And6() {
        // The 1 kHz, 0 dBm0 reference sequences of G.711 (tables 5 and 6): a sine sampled at 22.5° + k·45°.
        // 0 dBm0 peaks are 3.17 dB (µ-law) / 3.14 dB (A-law) below the codec's overload point (8159 / 4096).
        byte[] ulawMilliwatt = bytes(0x9E, 0x8B, 0x8B, 0x9E, 0x1E, 0x0B, 0x0B, 0x1E);
        byte[] alawMilliwatt = bytes(0xB4, 0xA1, 0xA1, 0xB4, 0x34, 0x21, 0x21, 0x34);
        short[] ulawSine = Signals.sine(1000, 8000, 4 * 8159 / Math.pow(10, 3.17 / 20), 8, Math.PI / 8);
        short[] alawSine = Signals.sine(1000, 8000, 8 * 4096 / Math.pow(10, 3.14 / 20), 8, Math.PI / 8);
        byte[] ulaw = new byte[8];
        byte[] alaw = new byte[8];
        G711.pcm16ToUlaw(ulawSine, 0, 8, ulaw);
        G711.pcm16ToAlaw(alawSine, 0, 8, alaw);
        assertArrayEquals(ulawMilliwatt, ulaw);
        assertArrayEquals(alawMilliwatt, alaw);
        // and back: 2207 / 5215 (14-bit) and 1120 / 2624 (13-bit) are the table values of those codes
        short[] decoded = new short[8];
        G711.ulawToPcm16(ulawMilliwatt, 0, 8, decoded);
        assertArrayEquals(new short[] { 8828, 20860, 20860, 8828, -8828, -20860, -20860, -8828 }, decoded);
        G711.alawToPcm16(alawMilliwatt, 0, 8, decoded);
        assertArrayEquals(new short[] { 8960, 20992, 20992, 8960, -8960, -20992, -20992, -8960 }, decoded);
    }

    @Test
    void quantizationIsMonotonicWithErrorsWithinTheCell() {
        checkQuantizer(true);
        checkQuantizer(false);
    }

    /**
     * Encode → decode must be non-decreasing in the input, and the reconstruction must belong to the cell the input
     * falls in: no farther from it than half the larger gap to a neighbouring level (G.711 cells double in width at
     * each segment boundary, so the plain "nearest level" property does not hold there), plus the truncation of the
     * 16-bit input to the law's 14/13 bits. Inputs beyond the largest level clip to it.
     */
    private static void checkQuantizer(boolean ulaw) {
        int[] levels = new int[256];
        for (int c = 0; c < 256; c++) {
            levels[c] = ulaw ? G711.ulawToLinear((byte) c) : G711.alawToLinear((byte) c);
        }
        java.util.Arrays.sort(levels);
        int max = ulaw ? G711.ULAW_MAX : G711.ALAW_MAX;
        int truncation = ulaw ? 4 : 8;
        int previous = Integer.MIN_VALUE;
        for (int x = Short.MIN_VALUE; x <= Short.MAX_VALUE; x++) {
            short s = (short) x;
            int y = ulaw ? G711.ulawToLinear(G711.linearToUlaw(s)) : G711.alawToLinear(G711.linearToAlaw(s));
            assertTrue(y >= previous, "not monotonic at " + x);
            previous = y;
            if (Math.abs(x) <= max) {
                int i = java.util.Arrays.binarySearch(levels, y);
                int below = i > 0 ? y - levels[i - 1] : 0;
                int above = i < 255 ? levels[i + 1] - y : 0;
                int bound = Math.max(below, above) / 2 + truncation;
                assertTrue(Math.abs(x - y) <= bound,
                        (ulaw ? "µ" : "A") + "-law: " + x + " -> " + y + ", error above " + bound);
            } else {
                assertEquals(x > 0 ? max : -max, y, "clipping of " + x);
            }
        }
    }

    @Test
    void bulkMethodsMatchSingleSampleMethodsWithOffsets() {
        short[] pcm = Signals.noise(7, 1000);
        byte[] ulaw = new byte[1010];
        byte[] alaw = new byte[1010];
        G711.pcm16ToUlaw(pcm, 100, 900, ulaw, 10);
        G711.pcm16ToAlaw(pcm, 100, 900, alaw, 10);
        for (int i = 0; i < 900; i++) {
            assertEquals(G711.linearToUlaw(pcm[100 + i]), ulaw[10 + i]);
            assertEquals(G711.linearToAlaw(pcm[100 + i]), alaw[10 + i]);
        }
        short[] back = new short[905];
        G711.ulawToPcm16(ulaw, 10, 900, back, 5);
        for (int i = 0; i < 900; i++) {
            assertEquals(G711.ulawToLinear(ulaw[10 + i]), back[5 + i]);
        }
        G711.alawToPcm16(alaw, 10, 900, back, 5);
        for (int i = 0; i < 900; i++) {
            assertEquals(G711.alawToLinear(alaw[10 + i]), back[5 + i]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> G711.pcm16ToUlaw(pcm, 0, 1000, new byte[999], 0));
    }

    @Test
    void littleEndianByteConveniences() {
        byte[] codes = new byte[256];
        for (int c = 0; c < 256; c++) {
            codes[c] = (byte) c;
        }
        byte[] pcm = G711.ulawToPcm16Le(codes);
        assertEquals(512, pcm.length);
        assertArrayEquals(Pcm16.toBytes(decodeAll(codes, true)), pcm);
        assertArrayEquals(codes, G711.pcm16LeToUlaw(pcm));
        byte[] apcm = G711.alawToPcm16Le(codes);
        assertArrayEquals(Pcm16.toBytes(decodeAll(codes, false)), apcm);
        assertArrayEquals(codes, G711.pcm16LeToAlaw(apcm));
        // 0x80 0x7D is 0x7D80 = 32128 little-endian, the high byte's sign must survive
        assertEquals((byte) 0x80, G711.pcm16LeToUlaw(new byte[] { (byte) 0x80, 0x7D })[0]);
        assertEquals((byte) 0x00, G711.pcm16LeToUlaw(new byte[] { 0x00, (byte) 0x80 })[0]);
        assertThrows(IllegalArgumentException.class, () -> G711.pcm16LeToUlaw(new byte[3]));
    }

    @Test
    void crossLawTranscodingIsDecodeThenEncode() {
        byte[] codes = new byte[256];
        for (int c = 0; c < 256; c++) {
            codes[c] = (byte) c;
        }
        byte[] a = new byte[256];
        byte[] u = new byte[256];
        G711.ulawToAlaw(codes, 0, 256, a, 0);
        G711.alawToUlaw(codes, 0, 256, u, 0);
        for (int c = 0; c < 256; c++) {
            assertEquals(G711.linearToAlaw(G711.ulawToLinear((byte) c)), a[c]);
            assertEquals(G711.linearToUlaw(G711.alawToLinear((byte) c)), u[c]);
        }
    }

    private static short[] decodeAll(byte[] codes, boolean ulaw) {
        short[] out = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = ulaw ? G711.ulawToLinear(codes[i]) : G711.alawToLinear(codes[i]);
        }
        return out;
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
