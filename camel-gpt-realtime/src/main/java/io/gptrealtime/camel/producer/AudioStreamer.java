package io.gptrealtime.camel.producer;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.session.RealtimeSession;

/**
 * Sends a block of audio as {@code input_audio_buffer.append} chunks of {@code chunkMs}, either as fast as the
 * connection drains (burst; the session's backpressure applies) or at real-time pace, like a live caller. Real-time
 * pacing schedules against the start time, so it does not drift however long the audio is.
 */
final class AudioStreamer {

    private AudioStreamer() {
    }

    /** Streams {@code audio} (already in {@code format}); returns the milliseconds of audio sent. */
    static long stream(RealtimeSession session, byte[] audio, AudioFormat format, int chunkMs, boolean realtime) {
        int frame = format.bytesPerSample();
        int chunk = (int) Math.max(frame, format.bytesFor(chunkMs) / frame * frame);
        long start = System.nanoTime();
        long sentMs = 0;
        for (int off = 0; off < audio.length; off += chunk) {
            int len = Math.min(chunk, audio.length - off);
            if (realtime) {
                long due = start + TimeUnit.MILLISECONDS.toNanos(sentMs);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            session.appendAudio(audio, off, len);
            sentMs += format.durationMs(len);
        }
        return format.durationMs(audio.length);
    }
}
