package io.gptrealtime.camel.telephony.rtp;

import io.netty.buffer.ByteBuf;

/**
 * Turns RFC 4733 telephone-event packets into key presses. All packets of one press share the RTP timestamp (the
 * start packets, the updates and the end packet that is sent three times), so a key is reported once, at the first
 * packet of a new timestamp; the rest are repeats. Not thread-safe: owned by the RTP channel's event loop.
 */
final class DtmfReceiver {

    static final int PAYLOAD_BYTES = 4;

    private long lastTimestamp = -1;
    private long malformed;

    /** Returns the key of a new press, or 0 for a repeat, a non-key event or a malformed payload. */
    char onPacket(long timestamp, ByteBuf buf, int payloadOffset, int payloadLength) {
        if (payloadLength < PAYLOAD_BYTES) {
            malformed++;
            return 0;
        }
        if (timestamp == lastTimestamp) {
            return 0;
        }
        lastTimestamp = timestamp;
        return Dtmf.key(buf.getUnsignedByte(payloadOffset));
    }

    long malformed() {
        return malformed;
    }
}
