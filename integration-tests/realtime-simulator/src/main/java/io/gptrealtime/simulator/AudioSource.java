package io.gptrealtime.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Audio for an assistant reply: a WAV file, a generated tone, silence or raw samples. Rendered once, at build time,
 * to 24 kHz mono PCM16 (the simulator's internal rate); the session encodes it into its output format (PCM16 as is,
 * G.711 after a low-pass decimation to 8 kHz). Immutable and shareable between sessions.
 */
public final class AudioSource {

    /** Amplitude of generated tones unless given: −12 dBFS, loud enough for any VAD, far from clipping. */
    public static final double DEFAULT_TONE_AMPLITUDE = 0.25;
    private static final int RATE = 24_000;
    /** Fade in/out of generated tones, so replies do not start with a click. */
    private static final int FADE_SAMPLES = RATE * 5 / 1000;

    private final short[] samples;
    private final String description;

    private AudioSource(short[] samples, String description) {
        this.samples = samples;
        this.description = description;
    }

    /**
     * A 16-bit PCM WAV file (mono or stereo, any rate: converted to 24 kHz mono). Read now, so errors surface early.
     */
    public static AudioSource wav(Path file) {
        Objects.requireNonNull(file, "file");
        return new AudioSource(WavReader.read24kMono(file), "wav " + file.getFileName());
    }

    public static AudioSource tone(double frequencyHz, Duration duration) {
        return tone(frequencyHz, duration, DEFAULT_TONE_AMPLITUDE);
    }

    /** A sine tone; {@code amplitude} is a fraction of full scale (0..1). */
    public static AudioSource tone(double frequencyHz, Duration duration, double amplitude) {
        if (frequencyHz <= 0 || frequencyHz >= RATE / 2.0) {
            throw new IllegalArgumentException("tone frequency must be in (0, 12000) Hz: " + frequencyHz);
        }
        if (amplitude < 0 || amplitude > 1) {
            throw new IllegalArgumentException("tone amplitude must be in [0, 1]: " + amplitude);
        }
        int n = samplesFor(duration);
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            double envelope = Math.min(1.0, Math.min(i, n - 1 - i) / (double) FADE_SAMPLES);
            out[i] = (short) Math.round(Math.sin(2 * Math.PI * frequencyHz * i / RATE) * amplitude * 32767 * envelope);
        }
        return new AudioSource(out, "tone " + frequencyHz + " Hz " + duration.toMillis() + " ms");
    }

    public static AudioSource silence(Duration duration) {
        return new AudioSource(new short[samplesFor(duration)], "silence " + duration.toMillis() + " ms");
    }

    /** Raw 24 kHz mono samples (copied). */
    public static AudioSource pcm24k(short[] samples) {
        return new AudioSource(samples.clone(), "pcm " + samples.length + " samples");
    }

    /**
     * The audio the simulator speaks for a message that has text but no audio of its own: a 220 Hz tone lasting
     * 60 ms per character of the text, clamped to 0.4–8 s, so longer answers take longer to play.
     */
    static AudioSource spokenPlaceholder(String text) {
        long ms = Math.max(400, Math.min(8_000, 60L * text.length()));
        return tone(220, Duration.ofMillis(ms), 0.2);
    }

    private static int samplesFor(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative duration: " + duration);
        }
        long n = duration.toNanos() * RATE / 1_000_000_000L;
        if (n > 10L * 60 * RATE) {
            throw new IllegalArgumentException("audio longer than 10 minutes: " + duration);
        }
        return (int) n;
    }

    /** 24 kHz mono samples; callers must not modify the array. */
    short[] samples24k() {
        return samples;
    }

    public Duration duration() {
        return Duration.ofNanos(samples.length * 1_000_000_000L / RATE);
    }

    @Override
    public String toString() {
        return description;
    }
}
