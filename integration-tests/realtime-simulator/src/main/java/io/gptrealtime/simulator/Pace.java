package io.gptrealtime.simulator;

/** How fast response audio is released. */
public enum Pace {
    /** Audio deltas at the audio's real-time rate (times {@link SimulatorConfig#paceFactor()}), like the service. */
    REALTIME,
    /**
     * As fast as the socket takes it: a short reply is usually written in one go (a cancel then arrives after
     * {@code response.done}); streaming pauses only while the client is not reading. Use {@link #REALTIME} to test
     * barge-in and cancellation mid-stream.
     */
    BURST
}
