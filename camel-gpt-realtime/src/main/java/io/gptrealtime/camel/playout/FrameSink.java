package io.gptrealtime.camel.playout;

/**
 * Receives the frames a {@link PacedAudioPort} releases at real time: an RTP sender, a media-stream WebSocket, a
 * route. Called on the port's clock thread; must not block (queue the frame if the transport can stall).
 */
@FunctionalInterface
public interface FrameSink {

    /**
     * @param frame       the frame's bytes (a fresh array the sink may keep)
     * @param talkspurt   true for the first frame after silence, a pause or a clear (RTP sets the marker bit)
     */
    void onFrame(byte[] frame, boolean talkspurt);

    /**
     * The same, with the frame's timing; {@link PacedAudioPort} calls this one. Sinks that measure (the RTP sender
     * feeds its lateness counter and the media probe) override it; the default forgets the timing.
     *
     * @param availableNanos {@link System#nanoTime()} when the last of the frame's audio was written to the port
     * @param dueNanos       when the frame was due on the port's clock
     */
    default void onFrame(byte[] frame, boolean talkspurt, long availableNanos, long dueNanos) {
        onFrame(frame, talkspurt);
    }
}
