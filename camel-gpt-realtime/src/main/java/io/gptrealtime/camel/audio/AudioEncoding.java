package io.gptrealtime.camel.audio;

/**
 * Sample encodings the component moves around: the three the OpenAI Realtime API accepts.
 */
public enum AudioEncoding {

    /** Signed 16-bit linear PCM, little-endian (Realtime {@code audio/pcm}). */
    PCM16(2),

    /** ITU-T G.711 µ-law, one byte per sample (Realtime {@code audio/pcmu}). */
    PCMU(1),

    /** ITU-T G.711 A-law, one byte per sample (Realtime {@code audio/pcma}). */
    PCMA(1);

    private final int bytesPerSample;

    AudioEncoding(int bytesPerSample) {
        this.bytesPerSample = bytesPerSample;
    }

    /** Bytes one (mono) sample occupies on the wire. */
    public int bytesPerSample() {
        return bytesPerSample;
    }

    /** Whether this is one of the G.711 companded encodings. */
    public boolean isG711() {
        return this != PCM16;
    }
}
