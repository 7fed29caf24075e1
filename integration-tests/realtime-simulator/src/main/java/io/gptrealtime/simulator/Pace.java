package io.gptrealtime.simulator;

/** How fast response audio is released. */
public enum Pace {
    /** Audio deltas at the audio's real-time rate (times {@link SimulatorConfig#paceFactor()}), like the service. */
    REALTIME,
    /** As fast as the socket takes it; the event loop still yields between deltas so cancels interleave. */
    BURST
}
