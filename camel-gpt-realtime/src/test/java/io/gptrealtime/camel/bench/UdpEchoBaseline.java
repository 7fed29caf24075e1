package io.gptrealtime.camel.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;

/**
 * The peer the telephony figures compare with: a trivial Netty UDP echo, one channel per stream on an event loop group
 * as large as the gateway's media group, each 172-byte datagram (an RTP packet of 20 ms G.711) copied and written
 * straight back. A JDK thread sends {@code streams} × 50 packets/s and drains the echoes. The latency is from the
 * read on the event loop to the completion of the echo's write: the least "a packet in, a packet out" costs here.
 */
final class UdpEchoBaseline {

    record Result(long p50, long p99, long count) {
    }

    private UdpEchoBaseline() {
    }

    static Result run(int streams, int seconds) throws Exception {
        MicrosHistogram latency = new MicrosHistogram();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                NioIoHandler.newFactory());
        List<Channel> channels = new ArrayList<>();
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (DatagramChannel driver = DatagramChannel.open()) {
            driver.bind(new InetSocketAddress(lo, 0));
            driver.configureBlocking(false);
            for (int i = 0; i < streams; i++) {
                channels.add(new Bootstrap().group(group).channel(NioDatagramChannel.class)
                        .handler(new Echo(latency)).bind(lo, 0).sync().channel());
            }
            ByteBuffer packet = ByteBuffer.allocate(172);
            ByteBuffer sink = ByteBuffer.allocate(2048);
            long start = System.nanoTime();
            long frame = TimeUnit.MILLISECONDS.toNanos(20);
            long warmUp = start + TimeUnit.SECONDS.toNanos(2);
            boolean measuring = false;
            for (long n = 0; System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds + 2L); n++) {
                long due = start + n * frame;
                while (System.nanoTime() < due) {
                    drain(driver, sink);
                    Thread.onSpinWait();
                    if (due - System.nanoTime() > 1_000_000) {
                        Thread.sleep(1);
                    }
                }
                if (!measuring && System.nanoTime() > warmUp) {
                    latency.reset();
                    measuring = true;
                }
                for (Channel c : channels) {
                    packet.clear();
                    driver.send(packet, c.localAddress());
                }
            }
        } finally {
            for (Channel c : channels) {
                c.close();
            }
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
        return new Result(latency.percentileMicros(50), latency.percentileMicros(99), latency.count());
    }

    private static void drain(DatagramChannel driver, ByteBuffer sink) throws java.io.IOException {
        while (true) {
            sink.clear();
            if (driver.receive(sink) == null) {
                return;
            }
        }
    }

    private static final class Echo extends SimpleChannelInboundHandler<DatagramPacket> {
        private final MicrosHistogram latency;

        Echo(MicrosHistogram latency) {
            this.latency = latency;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket in) {
            long read = System.nanoTime();
            ByteBuf copy = ctx.alloc().ioBuffer(in.content().readableBytes()).writeBytes(in.content());
            ctx.writeAndFlush(new DatagramPacket(copy, in.sender()))
                    .addListener(f -> latency.recordNanos(System.nanoTime() - read));
        }
    }
}
