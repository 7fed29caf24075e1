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
}
