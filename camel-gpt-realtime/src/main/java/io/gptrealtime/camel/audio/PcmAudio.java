package io.gptrealtime.camel.audio;

import java.util.Arrays;
import java.util.Objects;

/**
 * Decoded mono audio: 16-bit samples at a sample rate. What {@link WavReader#readPcm} returns, whatever the file held
 * (G.711, 8/24/32-bit, float, several channels).
 * <p>
 * The sample array is not copied on the way in or out (these can be minutes of audio); treat it as owned by this
 * object.
 */
public final class PcmAudio {

    private final int sampleRate;
    private final short[] samples;

    public PcmAudio(int sampleRate, short[] samples) {
        if (sampleRate < AudioFormat.MIN_SAMPLE_RATE || sampleRate > AudioFormat.MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside " + AudioFormat.MIN_SAMPLE_RATE
                                               + ".." + AudioFormat.MAX_SAMPLE_RATE + " Hz");
        }
        this.sampleRate = sampleRate;
        this.samples = Objects.requireNonNull(samples, "samples");
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** The samples (not a copy). */
    public short[] samples() {
        return samples;
    }

    /** Number of samples. */
    public int length() {
        return samples.length;
    }

    /** Duration in milliseconds, rounded down. */
    public long durationMs() {
        return samples.length * 1000L / sampleRate;
    }

    /** The PCM16 format at this rate. */
    public AudioFormat format() {
        return AudioFormat.pcm16(sampleRate);
    }

    /** The samples as PCM16 little-endian bytes (a new array). */
    public byte[] toPcm16Bytes() {
        return Pcm16.toBytes(samples);
    }

    /**
     * This audio at another rate, delay-compensated: one {@link Resampler} pass plus its flushed tail, with the
     * filter's group delay cut from the start, so sample {@code k} of the result is the sound at time
     * {@code k / targetRate} of this audio and the length is {@code length() × targetRate / sampleRate()} (±1).
     * Returns {@code this} if the rate matches.
     */
    public PcmAudio resample(int targetRate) {
        if (targetRate == sampleRate) {
            return this;
        }
        Resampler resampler = Resampler.create(sampleRate, targetRate);
        short[] body = resampler.process(samples);
        int skip = (int) Math.round(resampler.delaySamples());
        short[] tail = resampler.flush();
        short[] all = Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        return new PcmAudio(targetRate, Arrays.copyOfRange(all, Math.min(skip, all.length), all.length));
    }

    @Override
    public String toString() {
        return "PcmAudio[" + sampleRate + " Hz, " + samples.length + " samples, " + durationMs() + " ms]";
    }
}
