package io.gptrealtime.camel.telephony.rtp;

import io.gptrealtime.camel.audio.AudioFormat;

/**
 * The audio codecs the gateway speaks on RTP: G.711 µ-law and A-law, static payload types 0 and 8, which the Realtime
 * API takes as they are (audio/pcmu, audio/pcma), so calls need no transcoding.
 *
 * @param silence the code of a zero sample, used to fill gaps in the caller's stream
 */
public record RtpCodec(String name, int payloadType, AudioFormat format, byte silence) {

    public static final RtpCodec PCMU = new RtpCodec("PCMU", 0, AudioFormat.PCMU_8K, (byte) 0xFF);
    public static final RtpCodec PCMA = new RtpCodec("PCMA", 8, AudioFormat.PCMA_8K, (byte) 0xD5);

    /** Samples per second of the RTP clock. */
    public int clockRate() {
        return format.sampleRate();
    }
}
