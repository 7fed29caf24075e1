package io.gptrealtime.camel.audio;

import java.util.Objects;

/**
 * A WAV file's audio as bytes in one of the component's {@link AudioFormat}s, for callers that want to keep G.711
 * as G.711 (pass-through toward a carrier or an {@code audio/pcmu} session) instead of decoding it.
 * <p>
 * Mono 16-bit PCM, µ-law and A-law files are returned as they are stored ({@link #isOriginal()}: the data chunk's
 * bytes, untouched). Anything else a WAV may hold (several channels, 8/24/32-bit, float) is decoded and down-mixed to
 * PCM16 mono at the file's rate. The byte array is not copied; treat it as owned by this object.
 */
public final class WavContent {

    private final AudioFormat format;
    private final byte[] data;
    private final WavFormat source;
    private final boolean original;

    WavContent(AudioFormat format, byte[] data, WavFormat source, boolean original) {
        this.format = Objects.requireNonNull(format, "format");
        this.data = Objects.requireNonNull(data, "data");
        this.source = Objects.requireNonNull(source, "source");
        this.original = original;
    }

    /** Format of {@link #data()}. */
    public AudioFormat format() {
        return format;
    }

    /** Audio bytes in {@link #format()} (not a copy). */
    public byte[] data() {
        return data;
    }

    /** What the file's header declared. */
    public WavFormat source() {
        return source;
    }

    /** Whether {@link #data()} is the file's data chunk unchanged (false when it was decoded/down-mixed). */
    public boolean isOriginal() {
        return original;
    }

    /** Duration in milliseconds, rounded down. */
    public long durationMs() {
        return format.durationMs(data.length);
    }

    /** Decodes to 16-bit samples (G.711 is expanded; PCM16 is converted from bytes). */
    public PcmAudio toPcm() {
        int samples = data.length / format.bytesPerSample();
        short[] out = new short[samples];
        switch (format.encoding()) {
            case PCMU:
                G711.ulawToPcm16(data, 0, samples, out, 0);
                break;
            case PCMA:
                G711.alawToPcm16(data, 0, samples, out, 0);
                break;
            default:
                Pcm16.toShorts(data, 0, samples * 2, out, 0);
                break;
        }
        return new PcmAudio(format.sampleRate(), out);
    }

    @Override
    public String toString() {
        return "WavContent[" + format + ", " + data.length + " bytes, from " + source.describe() + "]";
    }
}
