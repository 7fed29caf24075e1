package io.gptrealtime.camel.playout;

import java.util.function.BiConsumer;

import io.gptrealtime.camel.audio.AudioFormat;

/**
 * An {@link AudioPort} whose listener takes audio as fast as it comes (a file, a queue, a route): everything written
 * is delivered at once and counts as heard. There is never anything to clear.
 */
public final class ImmediateAudioPort implements AudioPort {

    private final AudioFormat format;
    /** Receives (itemId, audio) on the writer's thread. */
    private final BiConsumer<String, byte[]> target;
    /** Runs once when the port closes (e.g. finishes a WAV file). */
    private final Runnable onClose;
    private final ItemLedger ledger = new ItemLedger();
    private String currentItemId;
    private boolean closed;

    public ImmediateAudioPort(AudioFormat format, BiConsumer<String, byte[]> target) {
        this(format, target, () -> {
        });
    }

    public ImmediateAudioPort(AudioFormat format, BiConsumer<String, byte[]> target, Runnable onClose) {
        this.format = format;
        this.target = target;
        this.onClose = onClose;
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
        byte[] copy = new byte[length];
        System.arraycopy(audio, offset, copy, 0, length);
        ItemLedger.Entry e = ledger.entry(itemId);
        e.received += length;
        e.delivered += length;
        currentItemId = itemId;
        target.accept(itemId, copy);
    }

    @Override
    public long clear() {
        return 0;
    }

    @Override
    public void pause() {
        // nothing waits here
    }

    @Override
    public void resume() {
        // nothing waits here
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
    public boolean isPlaying() {
        return false;
    }

    @Override
    public synchronized String currentItemId() {
        return currentItemId;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }
}
