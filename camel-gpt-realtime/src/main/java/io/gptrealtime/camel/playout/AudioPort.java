package io.gptrealtime.camel.playout;

import io.gptrealtime.camel.audio.AudioFormat;

/**
 * Where assistant audio goes to a listener: a phone line, a media stream, a file, a route. The session writes the
 * assistant's audio in {@link #format()}; the port delivers it (paced at real time when the far side needs pacing),
 * can drop everything not yet delivered at once ({@link #clear()}), and reports how much of each assistant item the
 * listener has actually heard — which is what barge-in truncates to.
 * <p>
 * Implementations are thread-safe: writes and clears come from the socket reader thread, pacing from a timer.
 */
public interface AudioPort extends AutoCloseable {

    /** The format the far side takes; the session converts to it (or negotiates it, for G.711 pass-through). */
    AudioFormat format();

    /** Queues assistant audio of {@code itemId} (in {@link #format()}). */
    void write(String itemId, byte[] audio, int offset, int length);

    /**
     * Drops all audio not yet delivered. After this returns, no audio written before the call reaches the listener.
     * Returns the number of bytes dropped.
     */
    long clear();

    /** Stops delivering (keeping what is queued), e.g. while a possible interruption is confirmed. */
    void pause();

    /** Delivers again after {@link #pause()}. */
    void resume();

    /** Milliseconds of {@code itemId} the listener has heard (delivered), 0 for an unknown item. */
    long heardMs(String itemId);

    /** Milliseconds of {@code itemId} written to the port so far. */
    long receivedMs(String itemId);

    /** Whether audio is queued and not yet delivered: the assistant is audibly speaking. */
    boolean isPlaying();

    /** The item whose audio is being delivered now (or was last delivered), null before any audio. */
    String currentItemId();

    @Override
    void close();
}
