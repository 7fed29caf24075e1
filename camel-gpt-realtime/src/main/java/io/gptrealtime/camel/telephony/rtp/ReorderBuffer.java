package io.gptrealtime.camel.telephony.rtp;

import java.util.function.Consumer;

/**
 * Puts a few out-of-order packets back in sequence without delaying in-order ones: the packet with the next expected
 * sequence number goes out at once; one from the near future waits for the gap before it to fill; once
 * {@code window - 1} packets wait (or {@link #flush} is called because the stream paused) the gap counts as lost.
 * Late packets (already passed) and duplicates are dropped. Sequence numbers wrap at 2^16.
 * <p>
 * Invariant: {@code slots[i]} holds the packet with sequence {@code expected + i}, so {@code slots[0]} is empty between
 * calls. Not thread-safe: owned by the RTP channel's event loop.
 */
final class ReorderBuffer {

    private final int window;
    private final byte[][] slots;
    private int expected = -1;
    private int held;
    private long lost;
    private long late;

    /** @param window sequence numbers tracked at once, 2..32 ({@code window - 1} packets may wait for a gap) */
    ReorderBuffer(int window) {
        if (window < 2 || window > 32) {
            throw new IllegalArgumentException("reorder window must be 2..32 packets, was " + window);
        }
        this.window = window;
        this.slots = new byte[window][];
    }

    void offer(int sequence, byte[] payload, Consumer<byte[]> out) {
        if (expected < 0) {
            expected = sequence & 0xffff;
        }
        int ahead = (sequence - expected) & 0xffff;
        if (ahead >= 0x8000) {
            late++;
            return;
        }
        if (ahead >= window) {
            // a jump (long loss or a new stream): what waits is older, so it goes first; then restart here
            flush(out);
            expected = sequence & 0xffff;
            ahead = 0;
        }
        if (slots[ahead] != null) {
            late++; // duplicate
            return;
        }
        slots[ahead] = payload;
        held++;
        release(out);
        while (held >= window - 1) {
            skip(out);
        }
    }

    /** Gives up on every missing packet: delivers all that waits, in order. */
    void flush(Consumer<byte[]> out) {
        while (held > 0) {
            skip(out);
        }
    }

    long lost() {
        return lost;
    }

    /** Packets dropped as late or duplicate. */
    long late() {
        return late;
    }

    int held() {
        return held;
    }

    /** Moves past the head: delivers it if present, else counts it lost; then releases what became contiguous. */
    private void skip(Consumer<byte[]> out) {
        if (slots[0] == null) {
            lost++;
            advance();
        }
        release(out);
    }

    private void release(Consumer<byte[]> out) {
        while (slots[0] != null) {
            byte[] p = slots[0];
            held--;
            advance();
            out.accept(p);
        }
    }

    private void advance() {
        System.arraycopy(slots, 1, slots, 0, window - 1);
        slots[window - 1] = null;
        expected = (expected + 1) & 0xffff;
    }
}
