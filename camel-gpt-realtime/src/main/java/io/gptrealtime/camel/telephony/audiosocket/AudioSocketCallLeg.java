package io.gptrealtime.camel.telephony.audiosocket;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.playout.AudioPort;
import io.gptrealtime.camel.playout.PacedAudioPort;
import io.gptrealtime.camel.telephony.CallLeg;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/**
 * An AudioSocket connection as a {@link CallLeg}: signed linear audio at the rate Asterisk uses, paced out in 20 ms
 * frames of the same type on the connection's event loop (Asterisk plays whatever arrives, so pacing is ours).
 * Hanging up sends a terminate frame and closes the connection. AudioSocket has no transfer and no DTMF towards the
 * caller.
 */
final class AudioSocketCallLeg implements CallLeg {

    private final Channel channel;
    private final AudioFormat format;
    private final PacedAudioPort downlink;

    AudioSocketCallLeg(Channel channel, int audioType, long maxQueuedMs) {
        this.channel = channel;
        this.format = AudioFormat.pcm16(AudioSocketFrame.sampleRate(audioType));
        this.downlink = new PacedAudioPort(format,
                (frame, talkspurt) -> channel.writeAndFlush(new AudioSocketFrame(audioType, frame),
                        channel.voidPromise()),
                channel.eventLoop(), PacedAudioPort.DEFAULT_FRAME_MS, maxQueuedMs);
    }

    @Override
    public AudioFormat callerFormat() {
        return format;
    }

    @Override
    public AudioPort downlink() {
        return downlink;
    }

    @Override
    public void answer() {
        // Asterisk connected to us: the call is up already
    }

    @Override
    public void reject(String reason) {
        hangUp();
    }

    @Override
    public void hangUp() {
        if (channel.isActive()) {
            channel.writeAndFlush(AudioSocketFrame.terminate()).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void transfer(String target) {
        throw new UnsupportedOperationException("AudioSocket cannot transfer calls: transfer in the Asterisk"
                                                + " dialplan after the AudioSocket application returns");
    }

    @Override
    public void sendDtmf(String digits) {
        throw new UnsupportedOperationException("AudioSocket cannot send DTMF to the caller");
    }

    @Override
    public void release() {
        downlink.close();
    }
}
