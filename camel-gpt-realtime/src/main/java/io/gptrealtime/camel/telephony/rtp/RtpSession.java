package io.gptrealtime.camel.telephony.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP side of one call: a UDP channel on a port of the pool, bound until the call ends.
 * <p>
 * Receiving (on the channel's event loop): symmetric RTP — the session latches onto the source of the first valid
 * packet and from then on ignores everyone else; packets carrying our own SSRC are our audio coming back (a loop, or a
 * test peer's echo) and are counted, not played to the session; audio goes through a small {@link ReorderBuffer};
 * RFC 4733 events become key presses. A timer ends the call when the caller's media stops for the inactivity timeout,
 * and fills short pauses with silence (see {@link RtpConfig#gapFillMs()}).
 * <p>
 * Sending: {@link #sender()} takes paced frames and sends them to the latched address (before latching, to the
 * address of the SDP offer).
 */
public final class RtpSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RtpSession.class);
    private static final long TICK_MS = 100;
    /**
     * A pause of the caller's stream longer than this is filled with silence (up to gapFillMs); shorter ones are
     * jitter, and filling them would add audio the late packets then duplicate.
     */
    private static final long GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(RtpConfig.FRAME_MS);

    /** What the call hears from its RTP session; called on the event loop, must not block. */
    public interface Listener {
        void onAudio(byte[] payload);

        void onDtmf(char key);

        /** No media from the caller for the inactivity timeout. Called once. */
        void onInactive(long silentMs);
    }

    private final Channel channel;
    private final RtpPortPool pool;
    private final int port;
    private final RtpConfig config;
    private final RtpStats stats = new RtpStats();
    private final RtpCodec codec;
    private final int dtmfPayloadType;
    private final RtpSender sender;

    // Owned by the event loop:
    private final ReorderBuffer reorder;
    private final DtmfReceiver dtmf = new DtmfReceiver();
    private ScheduledFuture<?> tick;
    private long lastPacketNanos;
    private long lastAudioNanos;
    private long gapFilledNanos;
    private boolean inactiveReported;

    /** Set by {@link #start} (so no packet after it is missed), cleared by {@link #close}; read by the event loop. */
    private volatile Listener listener;
    /** Where to send: the offer's address until a packet latches the session onto its real source. */
    private volatile InetSocketAddress remote;
    private volatile InetSocketAddress latched;

    private RtpSession(Channel channel, RtpPortPool pool, int port, RtpConfig config, RtpCodec codec,
                       int dtmfPayloadType, InetSocketAddress offered) {
        this.channel = channel;
        this.pool = pool;
        this.port = port;
        this.config = config;
        this.codec = codec;
        this.dtmfPayloadType = dtmfPayloadType;
        this.remote = offered;
        this.reorder = new ReorderBuffer(config.reorderWindow());
        this.sender = new RtpSender(channel, () -> latched != null ? latched : remote, codec, dtmfPayloadType, stats);
    }

    /**
     * Binds a port of the pool on {@code config.host()}; tries further ports when one is taken by another process.
     *
     * @param offered         the media address of the caller's SDP (used until latching)
     * @param dtmfPayloadType the negotiated telephone-event payload type, or -1
     * @throws IOException when no port of the range can be bound
     */
    public static RtpSession open(EventLoopGroup group, RtpPortPool pool, RtpConfig config, RtpCodec codec,
                                  int dtmfPayloadType, InetSocketAddress offered) throws IOException {
        for (int attempt = 0; attempt < Math.min(pool.capacity(), 16); attempt++) {
            int port = pool.acquire();
            if (port < 0) {
                throw new IOException("All " + pool.capacity() + " RTP ports of the range are in use");
            }
            Handler handler = new Handler();
            ChannelFuture bind = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                    .option(ChannelOption.SO_RCVBUF, 64 * 1024)
                    .handler(handler)
                    .bind(config.host(), port).awaitUninterruptibly();
            if (bind.isSuccess()) {
                RtpSession session = new RtpSession(bind.channel(), pool, port, config, codec, dtmfPayloadType,
                        offered);
                handler.session = session;
                return session;
            }
            pool.release(port);
            LOG.debug("RTP port {} could not be bound: {}", port, bind.cause().toString());
        }
        throw new IOException("No RTP port of " + config.portMin() + ".." + config.portMax() + " could be bound on "
                              + config.host());
    }

    /** Starts delivering to {@code listener} and the inactivity clock. Call once the call is answered. */
    public void start(Listener l) {
        listener = l;
        channel.eventLoop().execute(() -> {
            lastPacketNanos = System.nanoTime();
            if (tick == null && channel.isActive()) {
                tick = channel.eventLoop().scheduleAtFixedRate(this::onTick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** A re-INVITE moved the caller's media; takes effect unless the session already latched onto a source. */
    public void updateRemote(InetSocketAddress offered) {
        this.remote = offered;
    }

    public RtpSender sender() {
        return sender;
    }

    /** The clock for pacing: frames are released on the channel's own thread, next to the socket. */
    public EventLoop eventLoop() {
        return channel.eventLoop();
    }

    public int localPort() {
        return port;
    }

    public RtpCodec codec() {
        return codec;
    }

    public int dtmfPayloadType() {
        return dtmfPayloadType;
    }

    public RtpStats stats() {
        return stats;
    }

    /** The address the session latched onto, null before the first valid packet. */
    public InetSocketAddress latchedAddress() {
        return latched;
    }

    @Override
    public void close() {
        if (channel.isOpen()) {
            channel.close().addListener(f -> pool.release(port));
        }
        channel.eventLoop().execute(() -> {
            if (tick != null) {
                tick.cancel(false);
            }
            listener = null;
        });
    }

    // ---------------------------------------------------------------------------------------------- event loop

    private void onDatagram(DatagramPacket packet) {
        InetSocketAddress source = packet.sender();
        InetSocketAddress from = latched;
        if (from != null && !from.equals(source)) {
            stats.strangerPackets.increment();
            return;
        }
        ByteBuf buf = packet.content();
        RtpPacket rtp;
        try {
            rtp = RtpPacket.parse(buf);
        } catch (RtpPacket.MalformedRtpException e) {
            stats.malformedPackets.increment();
            LOG.debug("Port {}: dropped a datagram from {}: {}", port, source, e.getMessage());
            return;
        }
        if (rtp.ssrc() == sender.ssrc()) {
            stats.loopedPackets.increment();
            return;
        }
        boolean isDtmf = rtp.payloadType() == dtmfPayloadType && dtmfPayloadType >= 0;
        if (!isDtmf && rtp.payloadType() != codec.payloadType()) {
            stats.unknownPayloadType.increment();
            return;
        }
        if (from == null) {
            latched = source;
            LOG.debug("Port {}: latched onto {}", port, source);
        }
        long now = System.nanoTime();
        lastPacketNanos = now;
        stats.packetsIn.increment();
        Listener l = listener;
        if (l == null) {
            return; // before the answer: early media is not played to the session
        }
        if (isDtmf) {
            stats.dtmfPacketsIn.increment();
            char key = dtmf.onPacket(rtp.timestamp(), buf, rtp.payloadOffset(), rtp.payloadLength());
            if (key != 0) {
                l.onDtmf(key);
            }
            return;
        }
        lastAudioNanos = now;
        gapFilledNanos = 0;
        byte[] payload = ByteBufUtil.getBytes(buf, rtp.payloadOffset(), rtp.payloadLength());
        reorder.offer(rtp.sequence(), payload, this::deliver);
    }

    private void deliver(byte[] payload) {
        Listener l = listener;
        if (l != null && payload.length > 0) {
            l.onAudio(payload);
        }
    }

    private void onTick() {
        Listener l = listener;
        if (l == null) {
            return;
        }
        long now = System.nanoTime();
        if (reorder.held() > 0 && now - lastAudioNanos > GAP_NANOS) {
            reorder.flush(this::deliver);
        }
        fillGap(now, l);
        long silentMs = TimeUnit.NANOSECONDS.toMillis(now - lastPacketNanos);
        if (config.inactivityTimeoutMs() > 0 && silentMs >= config.inactivityTimeoutMs() && !inactiveReported) {
            inactiveReported = true;
            l.onInactive(silentMs);
        }
    }

    /** Silence for the time the caller's stream paused, up to gapFillMs per pause, in whole frames. */
    private void fillGap(long now, Listener l) {
        if (config.gapFillMs() == 0 || lastAudioNanos == 0 || now - lastAudioNanos < GAP_NANOS) {
            return;
        }
        long budget = TimeUnit.MILLISECONDS.toNanos(config.gapFillMs()) - gapFilledNanos;
        long due = Math.min(now - lastAudioNanos - gapFilledNanos, budget);
        int frames = (int) (due / FRAME_NANOS);
        if (frames <= 0) {
            return;
        }
        byte[] silence = new byte[(int) codec.format().bytesFor((long) frames * RtpConfig.FRAME_MS)];
        java.util.Arrays.fill(silence, codec.silence());
        gapFilledNanos += frames * FRAME_NANOS;
        stats.gapFillFrames.add(frames);
        l.onAudio(silence);
    }

    /** The channel's inbound handler; set up before the session object exists, hence the late link. */
    private static final class Handler extends SimpleChannelInboundHandler<DatagramPacket> {
        volatile RtpSession session;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            RtpSession s = session;
            if (s != null) {
                s.onDatagram(packet);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // ICMP port unreachable and the like arrive here; a datagram socket stays usable
            LOG.debug("RTP channel {}: {}", ctx.channel().localAddress(), cause.toString());
        }
    }
}
