package io.gptrealtime.simulator;

import java.io.ByteArrayOutputStream;
import java.util.Base64;

/**
 * The audio of one conversation item: the bytes as sent or received (in the wire format), kept while the session's
 * audio budget allows, and the exact duration either way — truncate validation needs the duration, retrieve needs the
 * bytes. Owned by the session's event loop.
 */
final class AudioClip {

    private final AudioFormat format;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    /** Owner: Event loop of the session. */
    private long totalBytes;
    /** Owner: Event loop of the session. */
    private boolean complete = true;
    /** Set by conversation.item.truncate: the audio now ends here (ms). Owner: Event loop of the session. */
    private Long truncatedAtMs;

    AudioClip(AudioFormat format) {
        this.format = format;
    }

    /** Appends audio; {@code keep} false records only its length (the session's audio budget is spent). */
    void append(byte[] data, boolean keep) {
        totalBytes += data.length;
        if (keep && complete) {
            kept.write(data, 0, data.length);
        } else {
            complete = false;
        }
    }

    AudioFormat format() {
        return format;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** Duration of all audio appended, in ms (fractional). */
    double durationMs() {
        return format.millisOf(totalBytes);
    }

    /** Duration after truncation, in ms. */
    double effectiveMs() {
        return truncatedAtMs != null ? Math.min(truncatedAtMs, durationMs()) : durationMs();
    }

    void truncate(long audioEndMs) {
        truncatedAtMs = audioEndMs;
    }

    boolean truncated() {
        return truncatedAtMs != null;
    }

    /** Base64 of the kept (and, after truncation, shortened) audio; null when it was not kept. */
    String base64() {
        if (!complete) {
            return null;
        }
        byte[] all = kept.toByteArray();
        int length = all.length;
        if (truncatedAtMs != null) {
            long cut = truncatedAtMs * format.bytesPerMs();
            length = (int) Math.min(length, cut);
        }
        return Base64.getEncoder().encodeToString(length == all.length ? all : java.util.Arrays.copyOf(all, length));
    }
}
