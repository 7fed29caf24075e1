package io.gptrealtime.camel.telephony.rtp;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one RTP session; written by its event loop and sender, read by anyone. */
public final class RtpStats {

    final LongAdder packetsIn = new LongAdder();
    final LongAdder packetsOut = new LongAdder();
    final LongAdder dtmfPacketsIn = new LongAdder();
    final LongAdder dtmfPacketsOut = new LongAdder();
    final LongAdder strangerPackets = new LongAdder();
    final LongAdder malformedPackets = new LongAdder();
    final LongAdder loopedPackets = new LongAdder();
    final LongAdder unknownPayloadType = new LongAdder();
    final LongAdder gapFillFrames = new LongAdder();
    final AtomicLong maxLatenessNanos = new AtomicLong();
    final LongAdder framesLaterThanFrame = new LongAdder();

    /** Valid audio and DTMF packets accepted from the caller. */
    public long packetsIn() {
        return packetsIn.sum();
    }

    public long packetsOut() {
        return packetsOut.sum();
    }

    public long dtmfPacketsIn() {
        return dtmfPacketsIn.sum();
    }

    public long dtmfPacketsOut() {
        return dtmfPacketsOut.sum();
    }

    /** Packets from an address other than the one the session latched onto (ignored). */
    public long strangerPackets() {
        return strangerPackets.sum();
    }

    /** Datagrams that were not valid RTP (truncated headers, wrong version, bad padding). */
    public long malformedPackets() {
        return malformedPackets.sum();
    }

    /** Packets carrying our own SSRC: our audio echoed back (a loop, or a test peer's echo); not audio from the caller. */
    public long loopedPackets() {
        return loopedPackets.sum();
    }

    public long unknownPayloadType() {
        return unknownPayloadType.sum();
    }

    public long gapFillFrames() {
        return gapFillFrames.sum();
    }

    /** How late the latest outbound frame left compared with its place on the 20 ms clock. */
    public long maxLatenessNanos() {
        return maxLatenessNanos.get();
    }

    /** Outbound frames that left more than one frame (20 ms) after their due time. */
    public long framesLaterThanFrame() {
        return framesLaterThanFrame.sum();
    }

    /** The counters by name. */
    public java.util.Map<String, Long> toMap() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("packetsIn", packetsIn());
        m.put("packetsOut", packetsOut());
        m.put("dtmfPacketsIn", dtmfPacketsIn());
        m.put("dtmfPacketsOut", dtmfPacketsOut());
        m.put("strangerPackets", strangerPackets());
        m.put("malformedPackets", malformedPackets());
        m.put("loopedPackets", loopedPackets());
        m.put("unknownPayloadType", unknownPayloadType());
        m.put("gapFillFrames", gapFillFrames());
        m.put("maxLatenessMicros", maxLatenessNanos() / 1000);
        m.put("framesLaterThanFrame", framesLaterThanFrame());
        return m;
    }

    void recordLateness(long nanos, long frameNanos) {
        maxLatenessNanos.accumulateAndGet(nanos, Math::max);
        if (nanos > frameNanos) {
            framesLaterThanFrame.increment();
        }
    }

    @Override
    public String toString() {
        return "RtpStats[in=" + packetsIn() + ", out=" + packetsOut() + ", dtmfIn=" + dtmfPacketsIn() + ", stranger="
               + strangerPackets() + ", malformed=" + malformedPackets() + ", looped=" + loopedPackets() + "]";
    }
}
