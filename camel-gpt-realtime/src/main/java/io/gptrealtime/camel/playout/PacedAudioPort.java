package io.gptrealtime.camel.playout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.audio.AudioFormat;

/**
 * An {@link AudioPort} that releases audio to a {@link FrameSink} in fixed frames at real time, the way a phone line
 * consumes it. The model sends audio much faster than real time, so it waits here; what was released is what the
 * caller heard, and a barge-in clears the rest at once.
 * <p>
 * The clock is drift-free: frame n is due at {@code start + n * frameMs}, and a late tick releases every frame that
 * is due, so scheduling jitter never accumulates. When the queue runs dry the stream stops (no comfort noise here;
 * sinks that need continuous media fill gaps themselves) and the next frame starts a new talkspurt.
 * <p>
 * All mutable state is guarded by {@code this}: writes and clears come from the session's reader thread, ticks from
 * the shared scheduler.
 */
public final class PacedAudioPort implements AudioPort {

    /** The default frame: 20 ms, the telephony standard. */
    public static final int DEFAULT_FRAME_MS = 20;

    private final AudioFormat format;
    private final FrameSink sink;
    private final ScheduledExecutorService clock;
    private final int frameMs;
    private final int frameBytes;
    private final long maxQueuedBytes;

    private final Deque<Segment> queue = new ArrayDeque<>();
    private final ItemLedger ledger = new ItemLedger();
    private long queuedBytes;
    /** Nanos at which frame number 0 of the current talkspurt was due; valid while {@link #running}. */
    private long talkspurtStart;
    private long framesInTalkspurt;
    private boolean running;
    private boolean paused;
    private boolean closed;
    private String currentItemId;
    private ScheduledFuture<?> tick;
    private long droppedBytes;
    /** When the last segment that went into the frame being released was written; set by nextFrame. */
    private long frameAvailableNanos;

    /** A run of one item's audio waiting in the queue. */
    private static final class Segment {
        final String itemId;
        final byte[] data;
        final long writtenNanos;
        int offset;

        Segment(String itemId, byte[] data, long writtenNanos) {
            this.itemId = itemId;
            this.data = data;
            this.writtenNanos = writtenNanos;
        }

        int remaining() {
            return data.length - offset;
        }
    }

    /**
     * @param maxQueuedMs bound on audio waiting to be played; audio past it is dropped and counted (a reply longer
     *                    than this would otherwise hold unbounded memory for a slow listener)
     */
    public PacedAudioPort(AudioFormat format, FrameSink sink, ScheduledExecutorService clock, int frameMs,
                          long maxQueuedMs) {
        if (frameMs < 5 || frameMs > 200) {
            throw new IllegalArgumentException("frameMs must be 5..200, was " + frameMs);
        }
        this.format = format;
        this.sink = sink;
        this.clock = clock;
        this.frameMs = frameMs;
        this.frameBytes = (int) format.bytesFor(frameMs);
        this.maxQueuedBytes = format.bytesFor(maxQueuedMs);
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public synchronized void write(String itemId, byte[] audio, int offset, int length) {
        if (closed || length <= 0) {
            return;
        }
        if (queuedBytes + length > maxQueuedBytes) {
            droppedBytes += length;
            return;
        }
        byte[] copy = new byte[length];
        System.arraycopy(audio, offset, copy, 0, length);
        queue.addLast(new Segment(itemId, copy, System.nanoTime()));
        queuedBytes += length;
        ledger.entry(itemId).received += length;
        if (!running && !paused) {
            startTalkspurt();
        }
    }

    @Override
    public synchronized long clear() {
        long dropped = queuedBytes;
        queue.clear();
        queuedBytes = 0;
        stopClock();
        return dropped;
    }

    @Override
    public synchronized void pause() {
        paused = true;
        stopClock();
    }

    @Override
    public synchronized void resume() {
        paused = false;
        if (!running && queuedBytes > 0 && !closed) {
            startTalkspurt();
        }
    }

    @Override
    public synchronized long heardMs(String itemId) {
        return format.durationMs(ledger.delivered(itemId));
    }

    @Override
    public synchronized long receivedMs(String itemId) {
        return format.durationMs(ledger.received(itemId));
    }

    @Override
    public synchronized boolean isPlaying() {
        return queuedBytes > 0 && !closed;
    }

    @Override
    public synchronized String currentItemId() {
        return currentItemId;
    }

    /** Bytes dropped because the queue was full. */
    public synchronized long droppedBytes() {
        return droppedBytes;
    }

    /** Audio waiting to be played, in milliseconds. */
    public synchronized long queuedMs() {
        return format.durationMs(queuedBytes);
    }

    @Override
    public synchronized void close() {
        closed = true;
        clear();
    }

    private void startTalkspurt() {
        running = true;
        framesInTalkspurt = 0;
        talkspurtStart = System.nanoTime();
        releaseDueFrames();
    }

    private void stopClock() {
        running = false;
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
    }

    /** Runs on the clock thread (and inline when a talkspurt starts). */
    private void onTick() {
        synchronized (this) {
            if (!running) {
                return;
            }
            releaseDueFrames();
        }
    }

    private void releaseDueFrames() {
        long now = System.nanoTime();
        long frameNanos = TimeUnit.MILLISECONDS.toNanos(frameMs);
        while (running && queuedBytes > 0 && talkspurtStart + framesInTalkspurt * frameNanos <= now) {
            long due = talkspurtStart + framesInTalkspurt * frameNanos;
            byte[] frame = nextFrame();
            boolean first = framesInTalkspurt == 0;
            framesInTalkspurt++;
            sink.onFrame(frame, first, frameAvailableNanos, due);
        }
        if (queuedBytes == 0) {
            stopClock();
            return;
        }
        long due = talkspurtStart + framesInTalkspurt * frameNanos;
        tick = clock.schedule(this::onTick, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Takes one frame (the last one of a reply may be short), crediting each item with its bytes. */
    private byte[] nextFrame() {
        int size = (int) Math.min(frameBytes, queuedBytes);
        byte[] frame = new byte[size];
        int filled = 0;
        while (filled < size) {
            Segment s = queue.peekFirst();
            int n = Math.min(size - filled, s.remaining());
            System.arraycopy(s.data, s.offset, frame, filled, n);
            s.offset += n;
            filled += n;
            ledger.entry(s.itemId).delivered += n;
            currentItemId = s.itemId;
            frameAvailableNanos = s.writtenNanos;
            if (s.remaining() == 0) {
                queue.pollFirst();
            }
        }
        queuedBytes -= size;
        return frame;
    }
}
