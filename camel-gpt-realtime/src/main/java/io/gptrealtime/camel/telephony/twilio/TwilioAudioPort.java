package io.gptrealtime.camel.telephony.twilio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.AudioPort;

/**
 * Assistant audio on a Twilio Media Stream. Twilio owns the playout clock: it buffers what we send and plays it, so
 * audio goes out at once in chunks, each followed by a mark; Twilio echoes a mark when the audio before it has been
 * played. What was heard is the audio up to the last acknowledged mark, plus the part of the next chunk that has
 * played since: Twilio plays in real time, from the later of the last acknowledgement and the chunk's sending, and
 * never past the chunk's end — so the estimate never claims audio that was not sent, and is off by at most the
 * network's one-way delay instead of a whole chunk. On barge-in {@link #clear()} sends {@code clear}; Twilio drops its
 * buffer and returns the pending marks, which then count as not heard.
 * <p>
 * State is guarded by {@code this}: writes and clears come from the session's reader thread, acknowledgements from
 * the WebSocket's event loop.
 */
final class TwilioAudioPort implements AudioPort {

    /** Audio per media message (and mark): 100 ms of µ-law. */
    static final int CHUNK_BYTES = 800;
    /** Items whose heard/received counts are kept. */
    private static final int MAX_ITEMS = 64;

    private final String streamSid;
    private final Consumer<String> send;
    private final Deque<PendingMark> pending = new ArrayDeque<>();
    /** Marks sent before a clear: Twilio returns them, they were not heard. */
    private final Set<String> cleared = new HashSet<>();
    private final Map<String, long[]> items = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > MAX_ITEMS;
        }
    };
    /** Audio written while paused; sent on resume (what Twilio already has keeps playing: it cannot pause). */
    private final Deque<Object[]> held = new ArrayDeque<>();
    private final LongSupplier nanoClock;
    private long markSeq;
    /** When the last mark was acknowledged (nanoClock), 0 before any. */
    private long lastAckNanos;
    private boolean paused;
    private boolean closed;
    private String lastHeardItem;

    private record PendingMark(String name, String itemId, int bytes, long sentNanos) {
    }

    /** @param send sends one text frame on the stream; must not block */
    TwilioAudioPort(String streamSid, Consumer<String> send) {
        this(streamSid, send, System::nanoTime);
    }

    TwilioAudioPort(String streamSid, Consumer<String> send, LongSupplier nanoClock) {
        this.streamSid = streamSid;
        this.send = send;
        this.nanoClock = nanoClock;
    }

    @Override
    public AudioFormat format() {
        return AudioFormat.PCMU_8K;
    }

    @Override
    public synchronized void write(String itemId, byte[] audio, int offset, int length) {
        if (closed || length <= 0) {
            return;
        }
        item(itemId)[0] += length;
        if (paused) {
            held.addLast(new Object[] { itemId, java.util.Arrays.copyOfRange(audio, offset, offset + length) });
            return;
        }
        sendChunks(itemId, audio, offset, length);
    }

    private void sendChunks(String itemId, byte[] audio, int offset, int length) {
        for (int pos = 0; pos < length; pos += CHUNK_BYTES) {
            int n = Math.min(CHUNK_BYTES, length - pos);
            send.accept(TwilioMessages.media(streamSid, audio, offset + pos, n));
            String name = "a" + (++markSeq);
            send.accept(TwilioMessages.mark(streamSid, name));
            pending.addLast(new PendingMark(name, itemId, n, nanoClock.getAsLong()));
        }
    }

    /** Twilio played (or, after a clear, dropped) the audio before the mark {@code name}. */
    synchronized void onMark(String name) {
        if (cleared.remove(name)) {
            return;
        }
        if (pending.stream().noneMatch(m -> m.name().equals(name))) {
            return; // not ours or already counted
        }
        PendingMark m;
        do {
            m = pending.pollFirst();
            item(m.itemId())[1] += m.bytes();
            lastHeardItem = m.itemId();
        } while (!m.name().equals(name));
        lastAckNanos = nanoClock.getAsLong();
    }

    @Override
    public synchronized long clear() {
        // what Twilio played of the chunk it was on counts as heard: the clear stops it only now
        PendingMark playing = pending.peekFirst();
        if (playing != null) {
            item(playing.itemId())[1] += Math.min(playing.bytes(), format().bytesFor(playedMs(playing)));
        }
        long dropped = 0;
        for (PendingMark m : pending) {
            cleared.add(m.name());
            dropped += m.bytes();
        }
        for (Object[] h : held) {
            dropped += ((byte[]) h[1]).length;
        }
        boolean anything = !pending.isEmpty();
        pending.clear();
        held.clear();
        if (anything && !closed) {
            send.accept(TwilioMessages.clear(streamSid));
        }
        return dropped;
    }

    @Override
    public synchronized void pause() {
        paused = true;
    }

    @Override
    public synchronized void resume() {
        paused = false;
        while (!held.isEmpty() && !closed) {
            Object[] h = held.pollFirst();
            byte[] a = (byte[]) h[1];
            sendChunks((String) h[0], a, 0, a.length);
        }
    }

    @Override
    public synchronized long heardMs(String itemId) {
        long[] i = items.get(itemId);
        if (i == null) {
            return 0;
        }
        long heard = format().durationMs(i[1]);
        PendingMark playing = pending.peekFirst(); // Twilio plays what it holds even while we hold back more
        if (playing != null && playing.itemId().equals(itemId)) {
            heard += Math.min(playedMs(playing), format().durationMs(playing.bytes()));
        }
        return heard;
    }

    /** How long Twilio has been playing the chunk at the head: since the later of its sending and the last ack. */
    private long playedMs(PendingMark head) {
        long startedNanos = Math.max(lastAckNanos, head.sentNanos());
        return Math.max(0, (nanoClock.getAsLong() - startedNanos) / 1_000_000);
    }

    @Override
    public synchronized long receivedMs(String itemId) {
        long[] i = items.get(itemId);
        return i == null ? 0 : format().durationMs(i[0]);
    }

    @Override
    public synchronized boolean isPlaying() {
        return !closed && (!pending.isEmpty() || !held.isEmpty());
    }

    @Override
    public synchronized String currentItemId() {
        PendingMark head = pending.peekFirst();
        return head != null ? head.itemId() : lastHeardItem;
    }

    /** Marks sent and not yet acknowledged. */
    synchronized int pendingMarks() {
        return pending.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        pending.clear();
        held.clear();
    }

    private long[] item(String itemId) {
        return items.computeIfAbsent(itemId, k -> new long[2]);
    }
}
