package io.gptrealtime.camel.telephony.rtp;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An RTP session on loopback against plain UDP sockets: latching, strangers, bad packets, loops, DTMF, sending. */
class RtpSessionTest {

    static final InetAddress LO = InetAddress.getLoopbackAddress();

    EventLoopGroup group;
    RtpSession rtp;
    DatagramSocket caller;
    final List<byte[]> audio = new CopyOnWriteArrayList<>();
    final StringBuffer keys = new StringBuffer();
    final AtomicLong inactive = new AtomicLong();

    @BeforeEach
    void open() throws Exception {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        int min = 40000 + 2 * ThreadLocalRandom.current().nextInt(5000);
        caller = new DatagramSocket(0, LO);
        caller.setSoTimeout(2000);
        rtp = RtpSession.open(group, new RtpPortPool(min, min + 20),
                new RtpConfig("127.0.0.1", min, min + 20, 600, 4, 0, 60_000), RtpCodec.PCMU, 101,
                new InetSocketAddress(LO, caller.getLocalPort()));
        rtp.start(new RtpSession.Listener() {
            @Override
            public void onAudio(byte[] payload) {
                audio.add(payload);
            }

            @Override
            public void onDtmf(char key) {
                keys.append(key);
            }

            @Override
            public void onInactive(long silentMs) {
                inactive.set(silentMs);
            }
        });
    }

    @AfterEach
    void close() {
        rtp.close();
        caller.close();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    byte[] packet(int pt, int seq, long ts, long ssrc, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(12 + payload.length);
        b.put((byte) 0x80).put((byte) pt).putShort((short) seq).putInt((int) ts).putInt((int) ssrc).put(payload);
        return b.array();
    }

    void send(DatagramSocket from, byte[] data) throws Exception {
        from.send(new DatagramPacket(data, data.length, LO, rtp.localPort()));
    }

    @Test
    void latchesOntoTheFirstSourceAndIgnoresStrangersAndBadPackets() throws Exception {
        send(caller, packet(0, 1, 160, 42, new byte[] { 1, 2, 3 }));
        await().atMost(Duration.ofSeconds(2)).until(() -> audio.size() == 1);
        assertEquals(caller.getLocalPort(), rtp.latchedAddress().getPort());
        try (DatagramSocket stranger = new DatagramSocket(0, LO)) {
            send(stranger, packet(0, 2, 320, 43, new byte[] { 9, 9, 9 }));
        }
        send(caller, new byte[] { (byte) 0x80, 0, 0 }); // truncated header
        send(caller, packet(18, 3, 480, 42, new byte[] { 7 })); // G.729: not negotiated
        send(caller, packet(0, 2, 320, 42, new byte[] { 4, 5, 6 }));
        await().atMost(Duration.ofSeconds(2)).until(() -> audio.size() == 2);
        assertArrayEquals(new byte[] { 4, 5, 6 }, audio.get(1));
        RtpStats s = rtp.stats();
        assertEquals(1, s.strangerPackets());
        assertEquals(1, s.malformedPackets());
        assertEquals(1, s.unknownPayloadType());
        assertEquals(2, s.packetsIn());
    }

    @Test
    void dtmfIsReportedOncePerPressAndOurOwnSsrcIsALoop() throws Exception {
        // one press of 5: start, update, end three times, all with the same timestamp
        for (int i = 0; i < 5; i++) {
            boolean end = i >= 2;
            byte[] payload = { 5, (byte) (end ? 0x8a : 0x0a), 0, (byte) (160 * Math.min(i + 1, 3)) };
            send(caller, packet(101, 10 + i, 8000, 42, payload));
        }
        send(caller, packet(101, 20, 9600, 42, new byte[] { 11, 0x0a, 0, (byte) 160 })); // #
        send(caller, packet(0, 21, 9600, rtp.sender().ssrc(), new byte[] { 1 }));
        await().atMost(Duration.ofSeconds(2)).until(() -> rtp.stats().packetsIn() == 6);
        assertEquals(1, rtp.stats().loopedPackets(), rtp.stats().toString());
        assertEquals("5#", keys.toString());
        assertTrue(audio.isEmpty());
    }

    @Test
    void sendsPacedFramesWithMarkerSequenceAndTimestampAndDtmf() throws Exception {
        send(caller, packet(0, 1, 160, 42, new byte[] { 1 }));
        await().atMost(Duration.ofSeconds(2)).until(() -> rtp.latchedAddress() != null);
        rtp.sender().onFrame(new byte[160], true);
        rtp.sender().onFrame(new byte[160], false);
        RtpPacket first = receive();
        RtpPacket second = receive();
        assertTrue(first.marker());
        assertTrue(!second.marker());
        assertEquals((first.sequence() + 1) & 0xffff, second.sequence());
        assertEquals((first.timestamp() + 160) & 0xffffffffL, second.timestamp());
        assertEquals(rtp.sender().ssrc(), first.ssrc());
        rtp.sender().sendDtmf("7");
        RtpPacket event = receive();
        assertEquals(101, event.payloadType());
        assertTrue(event.marker());
        int events = 1;
        RtpPacket last = event;
        while (events < 8) {
            last = receive();
            events++;
            assertEquals(event.timestamp(), last.timestamp(), "one press, one timestamp");
        }
        assertTrue((lastPayload[1] & 0x80) != 0, "the last packets carry the end bit");
        assertEquals(7, lastPayload[0]);
    }

    @Test
    void theCallEndsWhenTheCallersMediaStops() throws Exception {
        send(caller, packet(0, 1, 160, 42, new byte[] { 1 }));
        await().atMost(Duration.ofSeconds(3)).until(() -> inactive.get() >= 600);
    }

    byte[] lastPayload;

    RtpPacket receive() throws Exception {
        byte[] buf = new byte[2048];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        caller.receive(p);
        io.netty.buffer.ByteBuf b = io.netty.buffer.Unpooled.wrappedBuffer(buf, 0, p.getLength());
        RtpPacket rp = RtpPacket.parse(b);
        lastPayload = new byte[rp.payloadLength()];
        b.getBytes(rp.payloadOffset(), lastPayload);
        return rp;
    }
}
