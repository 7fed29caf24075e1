package io.gptrealtime.camel.telephony.audiosocket;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.telephony.CallBridge;
import io.gptrealtime.camel.telephony.CallEndedBy;
import io.gptrealtime.camel.telephony.CallInfo;
import io.gptrealtime.camel.telephony.CallSessions;
import io.gptrealtime.camel.telephony.ConnectionLoss;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AudioSocket connection: waits for the UUID frame, starts the call at the first audio frame (its type tells the
 * rate: 8 kHz slin, or the 16/24 kHz kinds of newer Asterisk), then feeds audio and DTMF to the bridge. A terminate
 * frame or the connection closing (or being reset) ends the call by the caller; an error frame ends it as an error; a
 * protocol error closes this connection only. All methods run on the connection's event loop.
 */
final class AudioSocketConnection extends SimpleChannelInboundHandler<AudioSocketFrame> {

    private static final Logger LOG = LoggerFactory.getLogger(AudioSocketConnection.class);

    private final CallSessions sessions;
    private final AudioSocketLimits limits;
    private final long maxQueuedMs;
    private String uuid;
    private int audioType = -1;
    private CallBridge bridge;
    private ScheduledFuture<?> uuidTimeout;
    /** Set at the first protocol error: the decoder reports leftovers again when the channel closes. */
    private boolean failed;

    AudioSocketConnection(CallSessions sessions, AudioSocketLimits limits, long maxQueuedMs) {
        this.sessions = sessions;
        this.limits = limits;
        this.maxQueuedMs = maxQueuedMs;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        uuidTimeout = ctx.executor().schedule(() -> {
            if (uuid == null) {
                LOG.info("AudioSocket {}: no UUID frame within {} ms, closing", ctx.channel().remoteAddress(),
                        limits.uuidTimeoutMs());
                ctx.close();
            }
        }, limits.uuidTimeoutMs(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, AudioSocketFrame frame) {
        int type = frame.type();
        if (uuid == null) {
            if (type != AudioSocketFrame.UUID) {
                protocolError(ctx, "the first frame must be the UUID, got type 0x" + Integer.toHexString(type));
                return;
            }
            ByteBuffer b = ByteBuffer.wrap(frame.payload());
            uuid = new UUID(b.getLong(), b.getLong()).toString();
            uuidTimeout.cancel(false);
            return;
        }
        if (AudioSocketFrame.isAudio(type)) {
            onAudio(ctx, type, frame.payload());
        } else if (type == AudioSocketFrame.DTMF) {
            if (bridge != null) {
                bridge.onDtmf((char) (frame.payload()[0] & 0xff));
            }
        } else if (type == AudioSocketFrame.TERMINATE) {
            end(CallEndedBy.caller, "terminate");
            ctx.close();
        } else if (type == AudioSocketFrame.ERROR) {
            int code = frame.payload().length > 0 ? frame.payload()[0] & 0xff : 0;
            end(code == 0x01 ? CallEndedBy.caller : CallEndedBy.error, "Asterisk error 0x" + Integer.toHexString(code)
                                                                       + (code == 0x01 ? " (caller hung up)" : ""));
            ctx.close();
        } else if (type == AudioSocketFrame.UUID) {
            protocolError(ctx, "a second UUID frame");
        }
    }

    private void onAudio(ChannelHandlerContext ctx, int type, byte[] payload) {
        if (bridge == null) {
            audioType = type;
            AudioSocketCallLeg leg = new AudioSocketCallLeg(ctx.channel(), type, maxQueuedMs);
            bridge = CallBridge.create(new CallInfo("audiosocket", uuid, null, null,
                    Map.of("remoteAddress", String.valueOf(ctx.channel().remoteAddress()))), leg, sessions);
            try {
                bridge.start();
            } catch (RuntimeException e) {
                LOG.warn("AudioSocket call {}: no session: {}", uuid, e.getMessage());
                leg.hangUp();
                return;
            }
        } else if (type != audioType) {
            protocolError(ctx, "the audio kind changed from 0x" + Integer.toHexString(audioType) + " to 0x"
                               + Integer.toHexString(type));
            return;
        }
        bridge.onCallerAudio(payload, 0, payload.length);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (uuidTimeout != null) {
            uuidTimeout.cancel(false);
        }
        end(CallEndedBy.caller, "connection closed");
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (ConnectionLoss.isConnectionLoss(cause)) {
            // Asterisk reset the connection (a hang-up without a terminate frame, or a close with our audio unread)
            LOG.debug("AudioSocket {} ({}): {}", uuid, ctx.channel().remoteAddress(), cause.toString());
            end(CallEndedBy.caller, ConnectionLoss.reason(cause));
            ctx.close();
            return;
        }
        protocolError(ctx, cause.getMessage());
    }

    private void protocolError(ChannelHandlerContext ctx, String problem) {
        if (failed) {
            return;
        }
        failed = true;
        LOG.warn("AudioSocket {} ({}): {}; closing the connection", uuid, ctx.channel().remoteAddress(), problem);
        end(CallEndedBy.error, "AudioSocket protocol error: " + problem);
        ctx.close();
    }

    private void end(CallEndedBy by, String reason) {
        if (bridge != null) {
            bridge.onCallEnded(by, reason);
        }
    }
}
