package io.gptrealtime.camel.telephony.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtpPacketTest {

    @Test
    void writesAndReadsTheFixedHeader() throws Exception {
        ByteBuf buf = Unpooled.buffer();
        RtpPacket.writeHeader(buf, 8, true, 0xfffe, 0xfffffff0L, 0x89abcdefL);
        buf.writeBytes(new byte[160]);
        RtpPacket p = RtpPacket.parse(buf);
        assertEquals(8, p.payloadType());
        assertTrue(p.marker());
        assertEquals(0xfffe, p.sequence());
        assertEquals(0xfffffff0L, p.timestamp());
        assertEquals(0x89abcdefL, p.ssrc());
        assertEquals(12, p.payloadOffset());
        assertEquals(160, p.payloadLength());
    }

    @Test
    void skipsCsrcsAndTheExtensionAndRemovesPadding() throws Exception {
        ByteBuf buf = Unpooled.buffer();
        buf.writeByte(0x80 | 0x20 | 0x10 | 2); // V=2, padding, extension, 2 CSRCs
        buf.writeByte(0);
        buf.writeShort(1).writeInt(2).writeInt(3);
        buf.writeInt(11).writeInt(12); // CSRCs
        buf.writeShort(0xbede).writeShort(1).writeInt(0); // extension of one word
        buf.writeBytes(new byte[] { 1, 2, 3 });
        buf.writeBytes(new byte[] { 0, 0, 3 }); // 3 bytes of padding
        RtpPacket p = RtpPacket.parse(buf);
        assertEquals(12 + 8 + 8, p.payloadOffset());
        assertEquals(3, p.payloadLength());
        assertEquals(1, buf.getByte(p.payloadOffset()));
    }

    @Test
    void refusesTruncatedAndInconsistentPackets() {
        assertThrows(RtpPacket.MalformedRtpException.class, () -> RtpPacket.parse(Unpooled.wrappedBuffer(new byte[5])));
        ByteBuf v1 = Unpooled.buffer().writeByte(0x40).writeBytes(new byte[11]);
        assertTrue(assertThrows(RtpPacket.MalformedRtpException.class, () -> RtpPacket.parse(v1)).getMessage()
                .contains("version"));
        ByteBuf csrc = Unpooled.buffer().writeByte(0x8f).writeBytes(new byte[11]); // 15 CSRCs announced, none there
        assertThrows(RtpPacket.MalformedRtpException.class, () -> RtpPacket.parse(csrc));
        ByteBuf ext = Unpooled.buffer().writeByte(0x90).writeBytes(new byte[11]).writeShort(0).writeShort(100);
        assertThrows(RtpPacket.MalformedRtpException.class, () -> RtpPacket.parse(ext));
        ByteBuf pad = Unpooled.buffer().writeByte(0xa0).writeBytes(new byte[11]).writeByte(40);
        assertThrows(RtpPacket.MalformedRtpException.class, () -> RtpPacket.parse(pad));
    }
}
