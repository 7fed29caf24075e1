package io.gptrealtime.camel.audio;

import java.util.Locale;
import java.util.Objects;

/**
 * A mono audio format: encoding plus sample rate. Everything the component exchanges with the Realtime API or a
 * carrier is mono, so the channel count is fixed at {@link #CHANNELS}; multi-channel input (WAV files) is down-mixed
 * when it is read.
 *
 * @param encoding   sample encoding
 * @param sampleRate samples per second, between {@link #MIN_SAMPLE_RATE} and {@link #MAX_SAMPLE_RATE}
 */
public record AudioFormat(AudioEncoding encoding, int sampleRate) {

    /** Channel count of every format handled here. */
    public static final int CHANNELS = 1;

    /** Lowest accepted sample rate; below this nothing is speech any more and a header is more likely corrupt. */
    public static final int MIN_SAMPLE_RATE = 1_000;

    /** Highest accepted sample rate (the top of what audio interfaces produce); bounds filter sizes. */
    public static final int MAX_SAMPLE_RATE = 384_000;

    /** The Realtime API's linear format: 24 kHz 16-bit little-endian mono ({@code audio/pcm}). */
    public static final AudioFormat REALTIME_PCM = new AudioFormat(AudioEncoding.PCM16, 24_000);

    /** G.711 µ-law at the telephone rate ({@code audio/pcmu}). */
    public static final AudioFormat PCMU_8K = new AudioFormat(AudioEncoding.PCMU, 8_000);

    /** G.711 A-law at the telephone rate ({@code audio/pcma}). */
    public static final AudioFormat PCMA_8K = new AudioFormat(AudioEncoding.PCMA, 8_000);

    /** Realtime wire name of {@link #REALTIME_PCM}. */
    public static final String TYPE_PCM = "audio/pcm";

    /** Realtime wire name of {@link #PCMU_8K}. */
    public static final String TYPE_PCMU = "audio/pcmu";

    /** Realtime wire name of {@link #PCMA_8K}. */
    public static final String TYPE_PCMA = "audio/pcma";

    private static final int MILLIS_PER_SECOND = 1000;

    public AudioFormat {
        Objects.requireNonNull(encoding, "encoding");
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside " + MIN_SAMPLE_RATE + ".."
                                               + MAX_SAMPLE_RATE + " Hz");
        }
    }

    /** A 16-bit little-endian PCM format at the given rate. */
    public static AudioFormat pcm16(int sampleRate) {
        return new AudioFormat(AudioEncoding.PCM16, sampleRate);
    }

    /**
     * Maps a Realtime audio format name to its format. Accepts the GA names ({@code audio/pcm}, {@code audio/pcmu},
     * {@code audio/pcma}) and, because sessions created against the beta API still report them, the beta names
     * ({@code pcm16}, {@code g711_ulaw}, {@code g711_alaw}). Case and surrounding blanks are ignored.
     *
     * @throws UnsupportedAudioException for any other name
     */
    public static AudioFormat fromRealtimeType(String type) {
        if (type == null) {
            throw new UnsupportedAudioException("Realtime audio format type is missing; supported: "
                                                + TYPE_PCM + ", " + TYPE_PCMU + ", " + TYPE_PCMA);
        }
        switch (type.trim().toLowerCase(Locale.ROOT)) {
            case TYPE_PCM:
            case "pcm16":
                return REALTIME_PCM;
            case TYPE_PCMU:
            case "g711_ulaw":
                return PCMU_8K;
            case TYPE_PCMA:
            case "g711_alaw":
                return PCMA_8K;
            default:
                throw new UnsupportedAudioException("Realtime audio format type '" + type + "' is not supported; supported: "
                                                    + TYPE_PCM + ", " + TYPE_PCMU + ", " + TYPE_PCMA);
        }
    }

    /** Always {@link #CHANNELS} (mono). */
    public int channels() {
        return CHANNELS;
    }

    /** Bytes per sample (and per frame, as the format is mono). */
    public int bytesPerSample() {
        return encoding.bytesPerSample();
    }

    /** Bytes of one second of audio. */
    public int bytesPerSecond() {
        return sampleRate * encoding.bytesPerSample();
    }

    /** Bytes per millisecond; fractional for rates that are not a multiple of 1000 (22050 Hz: 44.1). */
    public double bytesPerMs() {
        return bytesPerSecond() / (double) MILLIS_PER_SECOND;
    }

    /** Whether the Realtime API accepts this exact format (rate included). */
    public boolean isRealtimeFormat() {
        return equals(REALTIME_PCM) || equals(PCMU_8K) || equals(PCMA_8K);
    }

    /**
     * The Realtime wire name of this format.
     *
     * @throws IllegalStateException if the Realtime API does not accept this format (see {@link #isRealtimeFormat()});
     *                               convert with {@link AudioConverter} first
     */
    public String realtimeType() {
        if (!isRealtimeFormat()) {
            throw new IllegalStateException(this + " is not a Realtime API format; supported: " + TYPE_PCM + " 24000 Hz, "
                                            + TYPE_PCMU + " 8000 Hz, " + TYPE_PCMA + " 8000 Hz");
        }
        switch (encoding) {
            case PCM16:
                return TYPE_PCM;
            case PCMU:
                return TYPE_PCMU;
            default:
                return TYPE_PCMA;
        }
    }

    /** Milliseconds of audio in {@code byteCount} bytes, rounded down (a trailing partial sample counts for nothing). */
    public long durationMs(long byteCount) {
        if (byteCount < 0) {
            throw new IllegalArgumentException("byteCount < 0: " + byteCount);
        }
        long samples = byteCount / encoding.bytesPerSample();
        return samples * MILLIS_PER_SECOND / sampleRate;
    }

    /** Bytes holding {@code ms} milliseconds of audio: whole samples, rounded down. */
    public long bytesFor(long ms) {
        if (ms < 0) {
            throw new IllegalArgumentException("ms < 0: " + ms);
        }
        return ms * sampleRate / MILLIS_PER_SECOND * encoding.bytesPerSample();
    }

    /** Samples in {@code byteCount} bytes (rounded down). */
    public long samplesIn(long byteCount) {
        return byteCount / encoding.bytesPerSample();
    }

    @Override
    public String toString() {
        return encoding + " " + sampleRate + " Hz mono";
    }
}
