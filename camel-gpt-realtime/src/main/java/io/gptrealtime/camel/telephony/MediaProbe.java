package io.gptrealtime.camel.telephony;

/**
 * Timestamps of the media path of calls, for the telephony benchmark: where each 20 ms frame was when. A no-op
 * ({@link #NONE}) unless something measures; the gateways then skip the extra work (write listeners) entirely.
 * <p>
 * Called on the media threads for every frame, so implementations must be quick, must not block and should not
 * allocate (count into preallocated histograms). All times are {@link System#nanoTime()}.
 */
public interface MediaProbe {

    MediaProbe NONE = new MediaProbe() {
    };

    /**
     * Caller audio reached the session's WebSocket.
     *
     * @param arrivedNanos when the leg handed the frame to the call (the RTP handler, right after parsing the packet)
     * @param sentNanos    when {@code input_audio_buffer.append} carrying it was queued on the WebSocket
     */
    default void callerAudioSent(long arrivedNanos, long sentNanos) {
    }

    /**
     * An assistant frame left on the wire.
     *
     * @param availableNanos when its audio arrived (the {@code response.output_audio.delta} decoded on the socket
     *                       reader and queued for playout)
     * @param dueNanos       its place on the 20 ms playout clock
     * @param sentNanos      when the network write of its packet completed
     */
    default void assistantFrameSent(long availableNanos, long dueNanos, long sentNanos) {
    }
}
