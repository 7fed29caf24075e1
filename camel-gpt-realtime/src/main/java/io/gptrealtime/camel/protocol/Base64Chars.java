package io.gptrealtime.camel.protocol;

import java.util.Arrays;

/**
 * Decodes standard base64 straight from a parser's character buffer into an array of the exact size: no intermediate
 * string, no growing buffer. Padding is optional. Used by the audio delta fast path, where Jackson's own base64 reader
 * (byte-builder based) measured slower than databind plus {@code java.util.Base64}.
 */
final class Base64Chars {

    /** Value of each ASCII character in the standard alphabet, -1 for characters outside it. */
    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private Base64Chars() {
    }

    /** The bytes of {@code chars[offset, offset+length)}, or null when the text is not valid base64. */
    static byte[] decode(char[] chars, int offset, int length) {
        int end = offset + length;
        int padding = 0;
        if (length > 0 && chars[end - 1] == '=') {
            padding = length > 1 && chars[end - 2] == '=' ? 2 : 1;
            if (length % 4 != 0) {
                return null;
            }
        }
        int dataChars = length - padding;
        int tail = dataChars % 4;
        if (tail == 1) {
            return null;
        }
        byte[] out = new byte[dataChars / 4 * 3 + (tail == 0 ? 0 : tail - 1)];
        int in = offset;
        int o = 0;
        int blocksEnd = offset + dataChars - tail;
        while (in < blocksEnd) {
            int bits = value(chars[in]) << 18 | value(chars[in + 1]) << 12 | value(chars[in + 2]) << 6
                       | value(chars[in + 3]);
            if (bits < 0) {
                return null;
            }
            out[o++] = (byte) (bits >> 16);
            out[o++] = (byte) (bits >> 8);
            out[o++] = (byte) bits;
            in += 4;
        }
        if (tail > 0) {
            int bits = value(chars[in]) << 18 | value(chars[in + 1]) << 12 | (tail == 3 ? value(chars[in + 2]) << 6 : 0);
            if (bits < 0) {
                return null;
            }
            out[o++] = (byte) (bits >> 16);
            if (tail == 3) {
                out[o] = (byte) (bits >> 8);
            }
        }
        return out;
    }

    /** -1 (all bits set) for characters outside the alphabet, which makes the combined block negative. */
    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }
}
