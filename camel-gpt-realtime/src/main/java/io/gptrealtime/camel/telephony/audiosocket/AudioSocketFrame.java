package io.gptrealtime.camel.telephony.audiosocket;

import io.gptrealtime.camel.audio.AudioFormat;

/**
 * One AudioSocket frame: {@code type u8 | length u16 big-endian | payload}. Types: 0x00 terminate, 0x01 UUID (16
 * bytes, the first frame), 0x03 DTMF (one ASCII character), 0x10 signed linear 16-bit little-endian mono at 8 kHz
 * (0x11 12 kHz, 0x12 16 kHz, 0x13 24 kHz, 0x14 32 kHz, 0x15 44.1 kHz, 0x16 48 kHz, 0x17 96 kHz, 0x18 192 kHz in
 * newer Asterisk), 0xff error (an Asterisk error code byte).
 */
public record AudioSocketFrame(int type, byte[] payload) {

    public static final int TERMINATE = 0x00;
    public static final int UUID = 0x01;
    public static final int DTMF = 0x03;
    public static final int SLIN_8K = 0x10;
    public static final int SLIN_24K = 0x13;
    public static final int ERROR = 0xff;
    public static final int HEADER_BYTES = 3;

    private static final int[] RATES = { 8000, 12000, 16000, 24000, 32000, 44100, 48000, 96000, 192000 };

    public static boolean isAudio(int type) {
        return type >= SLIN_8K && type < SLIN_8K + RATES.length;
    }

    /** The sample rate of an audio frame type. */
    public static int sampleRate(int type) {
        if (!isAudio(type)) {
            throw new IllegalArgumentException("0x" + Integer.toHexString(type) + " is not an audio frame type");
        }
        return RATES[type - SLIN_8K];
    }

    /** The audio frame type of a format (PCM16 at one of the AudioSocket rates). */
    public static int audioType(AudioFormat format) {
        for (int i = 0; i < RATES.length; i++) {
            if (RATES[i] == format.sampleRate()) {
                return SLIN_8K + i;
            }
        }
        throw new IllegalArgumentException(format + " has no AudioSocket frame type");
    }

    public static AudioSocketFrame terminate() {
        return new AudioSocketFrame(TERMINATE, new byte[0]);
    }
}
