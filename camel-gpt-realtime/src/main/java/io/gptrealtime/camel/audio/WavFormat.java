package io.gptrealtime.camel.audio;

/**
 * What a WAV file's {@code fmt } chunk declared (after resolving {@code WAVE_FORMAT_EXTENSIBLE} to its sub-format).
 *
 * @param formatTag      effective format tag ({@link Wav#FORMAT_PCM}, {@link Wav#FORMAT_IEEE_FLOAT},
 *                       {@link Wav#FORMAT_MULAW}, {@link Wav#FORMAT_ALAW})
 * @param channels       interleaved channels
 * @param sampleRate     frames per second
 * @param bitsPerSample  significant bits per sample
 * @param containerBytes bytes each sample occupies in a frame
 * @param extensible     whether the header was {@code WAVE_FORMAT_EXTENSIBLE}
 */
public record WavFormat(int formatTag, int channels, int sampleRate, int bitsPerSample, int containerBytes, boolean extensible) {

    /** Bytes per frame (all channels of one sample instant). */
    public int frameBytes() {
        return channels * containerBytes;
    }

    /** E.g. "PCM 16-bit, 2 channels, 44100 Hz". */
    public String describe() {
        return Wav.formatName(formatTag) + " " + bitsPerSample + "-bit, " + channels + (channels == 1 ? " channel, " : " channels, ")
               + sampleRate + " Hz" + (extensible ? " (extensible header)" : "");
    }

    @Override
    public String toString() {
        return describe();
    }
}
