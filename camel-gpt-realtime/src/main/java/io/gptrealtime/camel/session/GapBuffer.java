package io.gptrealtime.camel.session;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Caller audio that arrives while the session reconnects, sent once it is back so nothing the caller said is lost.
 * Bounded: past {@code maxBytes} the OLDEST audio is dropped (and counted) — after a long outage the most recent
 * speech matters most, and the service would not answer a minute-old utterance sensibly anyway.
 * Guarded by {@code this}.
 */
final class GapBuffer {

    private final long maxBytes;
    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private long bytes;
    private long droppedBytes;

    GapBuffer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized void add(byte[] audio, int offset, int length) {
        if (maxBytes <= 0) {
            droppedBytes += length;
            return;
        }
        byte[] copy = new byte[length];
        System.arraycopy(audio, offset, copy, 0, length);
        chunks.addLast(copy);
        bytes += length;
        while (bytes > maxBytes && !chunks.isEmpty()) {
            byte[] old = chunks.pollFirst();
            bytes -= old.length;
            droppedBytes += old.length;
        }
    }

    /** Takes everything buffered, oldest first. */
    synchronized Deque<byte[]> drain() {
        Deque<byte[]> out = new ArrayDeque<>(chunks);
        chunks.clear();
        bytes = 0;
        return out;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long droppedBytes() {
        return droppedBytes;
    }
}
