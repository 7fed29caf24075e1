package io.gptrealtime.simulator;

/**
 * G.711 µ-law and A-law companding, computed from the ITU-T formulas (segment + mantissa) rather than tables:
 * the simulator decodes a few kilobytes per turn, so clarity beats the last nanosecond.
 */
final class G711 {

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;

    private G711() {
    }

    static short ulawToLinear(byte encoded) {
        int u = ~encoded & 0xFF;
        int sign = u & 0x80;
        int exponent = (u >> 4) & 0x07;
        int mantissa = u & 0x0F;
        int magnitude = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
        return (short) (sign != 0 ? -magnitude : magnitude);
    }

    static byte linearToUlaw(short sample) {
        int pcm = sample;
        int sign = (pcm >> 8) & 0x80;
        if (sign != 0) {
            pcm = -pcm;
        }
        if (pcm > ULAW_CLIP) {
            pcm = ULAW_CLIP;
        }
        pcm += ULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    static short alawToLinear(byte encoded) {
        int a = (encoded & 0xFF) ^ 0x55;
        int sign = a & 0x80;
        int exponent = (a >> 4) & 0x07;
        int mantissa = a & 0x0F;
        int magnitude = exponent == 0
                ? (mantissa << 4) + 8
                : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? magnitude : -magnitude);
    }

    static byte linearToAlaw(short sample) {
        int pcm = sample;
        int signMask;
        if (pcm >= 0) {
            signMask = 0xD5; // sign bit set, then even-bit inversion
        } else {
            signMask = 0x55;
            pcm = -pcm - 1;
        }
        if (pcm > 32767) {
            pcm = 32767;
        }
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = exponent == 0 ? (pcm >> 4) & 0x0F : (pcm >> (exponent + 3)) & 0x0F;
        return (byte) (((exponent << 4) | mantissa) ^ signMask);
    }
}
