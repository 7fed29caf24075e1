package io.gptrealtime.camel.telephony.rtp;

/**
 * Limits and timings of the RTP side of calls.
 *
 * @param host                 the address RTP binds to and announces in SDP
 * @param portMin              lowest RTP port (even ports are used)
 * @param portMax              highest RTP port
 * @param inactivityTimeoutMs  the call ends when no RTP came from the caller for this long (0: never)
 * @param reorderWindow        sequence numbers the reorder buffer tracks (packets that may wait for a gap + 1)
 * @param gapFillMs            when the caller's stream pauses (silence suppression, a test tool between files),
 *                             up to this much silence is sent to the session so its voice detection sees the turn end;
 *                             0 disables
 * @param maxQueuedMs          assistant audio that may wait for real-time playout
 */
public record RtpConfig(String host, int portMin, int portMax, long inactivityTimeoutMs, int reorderWindow,
                        int gapFillMs, long maxQueuedMs) {

    public static final int FRAME_MS = 20;

    public RtpConfig {
        if (inactivityTimeoutMs < 0) {
            throw new IllegalArgumentException("rtpInactivityTimeout must be >= 0, was " + inactivityTimeoutMs);
        }
        if (gapFillMs < 0 || gapFillMs > 5000) {
            throw new IllegalArgumentException("gap fill must be 0..5000 ms, was " + gapFillMs);
        }
    }

    public static RtpConfig defaults(String host, int portMin, int portMax, long inactivityTimeoutMs) {
        return new RtpConfig(host, portMin, portMax, inactivityTimeoutMs, 4, 1000, 600_000);
    }
}
