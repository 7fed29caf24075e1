package io.gptrealtime.camel.telephony.rtp;

import io.netty.buffer.ByteBuf;

/**
 * An RTP packet (RFC 3550 §5.1) read from or written to a buffer: the fixed 12-byte header, CSRCs and a header
 * extension are skipped to find the payload, padding is removed. Reading checks every length against the datagram, so
 * a truncated or inconsistent packet is refused with a reason, never read past its end.
 *
 * @param payloadOffset reader index of the payload in the buffer it was parsed from
 */
public record RtpPacket(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, int payloadOffset,
                        int payloadLength) {

    public static final int VERSION = 2;
    public static final int HEADER_BYTES = 12;

    /** Why a datagram is not an RTP packet we can use. */
    public static final class MalformedRtpException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedRtpException(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses the datagram in {@code buf} (between reader and writer index) without moving its indices. */
    public static RtpPacket parse(ByteBuf buf) throws MalformedRtpException {
        int start = buf.readerIndex();
        int length = buf.readableBytes();
        if (length < HEADER_BYTES) {
            throw new MalformedRtpException("truncated RTP header: " + length + " bytes");
        }
        int b0 = buf.getUnsignedByte(start);
        if (b0 >> 6 != VERSION) {
            throw new MalformedRtpException("RTP version " + (b0 >> 6) + " (expected 2)");
        }
        boolean padding = (b0 & 0x20) != 0;
        boolean extension = (b0 & 0x10) != 0;
        int csrcCount = b0 & 0x0f;
        int b1 = buf.getUnsignedByte(start + 1);
        int offset = HEADER_BYTES + 4 * csrcCount;
        if (offset > length) {
            throw new MalformedRtpException("truncated CSRC list: " + csrcCount + " CSRCs in " + length + " bytes");
        }
        if (extension) {
            if (offset + 4 > length) {
                throw new MalformedRtpException("truncated header extension");
            }
            int words = buf.getUnsignedShort(start + offset + 2);
            offset += 4 + 4 * words;
            if (offset > length) {
                throw new MalformedRtpException("header extension of " + words + " words exceeds the packet");
            }
        }
        int end = length;
        if (padding) {
            int pad = end > offset ? buf.getUnsignedByte(start + end - 1) : 0;
            if (pad == 0 || offset + pad > end) {
                throw new MalformedRtpException("invalid padding length " + pad);
            }
            end -= pad;
        }
        return new RtpPacket(b1 & 0x7f, (b1 & 0x80) != 0, buf.getUnsignedShort(start + 2),
                buf.getUnsignedInt(start + 4), buf.getUnsignedInt(start + 8), start + offset, end - offset);
    }

    /** Writes a header without CSRCs or extension; the payload follows. */
    public static void writeHeader(ByteBuf out, int payloadType, boolean marker, int sequence, long timestamp,
                                   long ssrc) {
        out.writeByte(VERSION << 6);
        out.writeByte((marker ? 0x80 : 0) | (payloadType & 0x7f));
        out.writeShort(sequence & 0xffff);
        out.writeInt((int) timestamp);
        out.writeInt((int) ssrc);
    }
}
