package io.gptrealtime.camel.telephony.rtp;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.gptrealtime.camel.playout.FrameSink;
import io.gptrealtime.camel.telephony.MediaProbe;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;

/**
 * The sending half of an RTP session: turns the paced frames of a {@code PacedAudioPort} into packets (sequence +1 and
 * timestamp + samples per packet, marker bit on the first packet of a talkspurt, timestamp advanced by the silent time
 * between talkspurts so the far side's jitter buffer keeps its timing) and sends RFC 4733 DTMF events.
 * <p>
 * Frames arrive under the port's lock, from the session reader (a talkspurt's first frame) or from the clock (the
 * channel's event loop); DTMF runs on the event loop. The numbering state is guarded by {@code this}.
 */
public final class RtpSender implements FrameSink {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(RtpConfig.FRAME_MS);
    /** DTMF: a key sounds for 100 ms (5 packets of 20 ms), the end packet goes 3 times, then 60 ms of pause. */
    private static final int DTMF_TONE_PACKETS = 5;
    private static final int DTMF_END_REPEATS = 3;
    private static final int DTMF_GAP_MS = 60;
    private static final int DTMF_VOLUME = 10;

    private final Channel channel;
    private final Supplier<InetSocketAddress> remote;
    private final RtpCodec codec;
    private final int dtmfPayloadType;
    private final RtpStats stats;
    private final long ssrc = RANDOM.nextInt() & 0xffffffffL;
    private int sequence = RANDOM.nextInt(0x10000);
    private long timestamp = RANDOM.nextInt() & 0xffffffffL;
    /** nanoTime of the last packet sent, 0 before the first. */
    private long lastSentNanos;
    private long talkspurtStartNanos;
    private long framesInTalkspurt;
    private volatile boolean muted;
    /** Set by the gateway before the call is answered; {@link MediaProbe#NONE} unless a benchmark measures. */
    private volatile MediaProbe probe = MediaProbe.NONE;

    RtpSender(Channel channel, Supplier<InetSocketAddress> remote, RtpCodec codec, int dtmfPayloadType,
              RtpStats stats) {
        this.channel = channel;
        this.remote = remote;
        this.codec = codec;
        this.dtmfPayloadType = dtmfPayloadType;
        this.stats = stats;
    }

    public long ssrc() {
        return ssrc;
    }

    /** Holds the stream (the far side put the call on hold): frames are dropped, the clock goes on. */
    public void setMuted(boolean muted) {
        this.muted = muted;
    }

    /** Reports every audio packet's timing to {@code probe} from now on. */
    public void setProbe(MediaProbe probe) {
        this.probe = probe;
    }

    /** Without the port's timing: the due time follows the sender's own clock from the talkspurt's first frame. */
    @Override
    public synchronized void onFrame(byte[] frame, boolean talkspurt) {
        long now = System.nanoTime();
        onFrame(frame, talkspurt, now, talkspurt ? now : talkspurtStartNanos + framesInTalkspurt * FRAME_NANOS);
    }

    @Override
    public synchronized void onFrame(byte[] frame, boolean talkspurt, long availableNanos, long dueNanos) {
        long now = System.nanoTime();
        if (talkspurt) {
            skipSilence(now);
            talkspurtStartNanos = now;
            framesInTalkspurt = 0;
        }
        stats.recordLateness(now - dueNanos, FRAME_NANOS);
        framesInTalkspurt++;
        DatagramPacket packet = packet(codec.payloadType(), talkspurt, timestamp, frame);
        if (packet != null) {
            MediaProbe p = probe;
            if (p == MediaProbe.NONE) {
                channel.writeAndFlush(packet, channel.voidPromise());
            } else {
                channel.writeAndFlush(packet)
                        .addListener(f -> p.assistantFrameSent(availableNanos, dueNanos, System.nanoTime()));
            }
        }
        timestamp = (timestamp + codec.format().samplesIn(frame.length)) & 0xffffffffL;
        lastSentNanos = now;
    }

    /**
     * Sends the digits as RFC 4733 events, one after the other, on the channel's event loop. Returns at once.
     *
     * @throws UnsupportedOperationException when the caller did not offer telephone-event
     */
    public void sendDtmf(String digits) {
        String keys = Dtmf.validate(digits);
        if (dtmfPayloadType < 0) {
            throw new UnsupportedOperationException("The caller did not offer telephone-event: DTMF cannot be sent");
        }
        channel.eventLoop().execute(() -> sendDigit(keys, 0, 0, 0));
    }

    /** One packet of the DTMF state machine: digit {@code index}, packet {@code n} of it; reschedules itself. */
    private void sendDigit(String keys, int index, int n, long eventTimestamp) {
        if (!channel.isActive() || index >= keys.length()) {
            return;
        }
        int event = Dtmf.event(keys.charAt(index));
        int samplesPerPacket = (int) codec.format().bytesFor(RtpConfig.FRAME_MS) / codec.format().bytesPerSample();
        long ts;
        synchronized (this) {
            if (n == 0) {
                skipSilence(System.nanoTime());
                eventTimestamp = timestamp;
            }
            ts = eventTimestamp;
        }
        boolean end = n >= DTMF_TONE_PACKETS;
        int duration = Math.min(n + 1, DTMF_TONE_PACKETS) * samplesPerPacket;
        byte[] payload = { (byte) event, (byte) ((end ? 0x80 : 0) | DTMF_VOLUME), (byte) (duration >> 8),
                           (byte) duration };
        synchronized (this) {
            DatagramPacket packet = packet(dtmfPayloadType, n == 0, ts, payload);
            if (packet != null) {
                channel.writeAndFlush(packet, channel.voidPromise());
                stats.dtmfPacketsOut.increment();
            }
            lastSentNanos = System.nanoTime();
            if (n == DTMF_TONE_PACKETS + DTMF_END_REPEATS - 1) {
                timestamp = (ts + duration) & 0xffffffffL;
            }
        }
        long nextTs = eventTimestamp;
        if (n + 1 < DTMF_TONE_PACKETS + DTMF_END_REPEATS) {
            long delay = end ? 0 : RtpConfig.FRAME_MS; // the end packet's repeats go back to back
            channel.eventLoop().schedule(() -> sendDigit(keys, index, n + 1, nextTs), delay, TimeUnit.MILLISECONDS);
        } else {
            channel.eventLoop().schedule(() -> sendDigit(keys, index + 1, 0, 0), DTMF_GAP_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Advances the timestamp over the time nothing was sent, in whole frames. */
    private void skipSilence(long now) {
        if (lastSentNanos == 0) {
            return;
        }
        long silentFrames = (now - lastSentNanos) / FRAME_NANOS - 1;
        if (silentFrames > 0) {
            long samples = codec.format().bytesFor(RtpConfig.FRAME_MS) / codec.format().bytesPerSample();
            timestamp = (timestamp + silentFrames * samples) & 0xffffffffL;
        }
    }

    /** The next packet of the stream (taking a sequence number), or null while nothing may be sent. */
    private DatagramPacket packet(int payloadType, boolean marker, long ts, byte[] payload) {
        InetSocketAddress to = remote.get();
        if (muted || to == null || !channel.isActive()) {
            return null;
        }
        ByteBuf buf = channel.alloc().ioBuffer(RtpPacket.HEADER_BYTES + payload.length);
        RtpPacket.writeHeader(buf, payloadType, marker, sequence, ts, ssrc);
        buf.writeBytes(payload);
        sequence = (sequence + 1) & 0xffff;
        stats.packetsOut.increment();
        return new DatagramPacket(buf, to);
    }
}
