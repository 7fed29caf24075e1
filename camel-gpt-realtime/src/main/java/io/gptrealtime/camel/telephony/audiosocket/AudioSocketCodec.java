package io.gptrealtime.camel.telephony.audiosocket;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageCodec;
import io.netty.handler.codec.CorruptedFrameException;

/**
 * Frames AudioSocket's byte stream. Decoding checks each header before reading the payload: the length must fit the
 * type (16 for UUID, 1 for DTMF, 0 for terminate, even and within the limit for audio, at most 255 for error); a
 * frame that does not is a {@link CorruptedFrameException} and the connection is closed, since the stream cannot be
 * resynchronised. Unknown types are skipped (newer Asterisk versions add kinds).
 */
public final class AudioSocketCodec extends ByteToMessageCodec<AudioSocketFrame> {

    private final AudioSocketLimits limits;

    public AudioSocketCodec(AudioSocketLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, AudioSocketFrame frame, ByteBuf out) {
        out.writeByte(frame.type());
        out.writeShort(frame.payload().length);
        out.writeBytes(frame.payload());
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= AudioSocketFrame.HEADER_BYTES) {
            int start = in.readerIndex();
            int type = in.getUnsignedByte(start);
            int length = in.getUnsignedShort(start + 1);
            check(type, length);
            if (in.readableBytes() < AudioSocketFrame.HEADER_BYTES + length) {
                return; // wait for the rest
            }
            in.skipBytes(AudioSocketFrame.HEADER_BYTES);
            byte[] payload = new byte[length];
            in.readBytes(payload);
            if (known(type)) {
                out.add(new AudioSocketFrame(type, payload));
            }
        }
    }

    private void check(int type, int length) {
        String problem = null;
        if (type == AudioSocketFrame.UUID && length != 16) {
            problem = "a UUID frame must carry 16 bytes";
        } else if (type == AudioSocketFrame.DTMF && length != 1) {
            problem = "a DTMF frame must carry 1 byte";
        } else if (type == AudioSocketFrame.TERMINATE && length != 0) {
            problem = "a terminate frame carries nothing";
        } else if (AudioSocketFrame.isAudio(type) && (length % 2 != 0 || length > limits.maxAudioPayload())) {
            problem = "an audio frame must carry an even number of bytes, at most " + limits.maxAudioPayload();
        } else if (type == AudioSocketFrame.ERROR && length > 255) {
            problem = "an error frame carries at most 255 bytes";
        } else if (!known(type) && length > limits.maxAudioPayload()) {
            problem = "an unknown frame is too long";
        }
        if (problem != null) {
            throw new CorruptedFrameException("AudioSocket frame type 0x" + Integer.toHexString(type) + " with "
                                              + length + " bytes: " + problem);
        }
    }

    private static boolean known(int type) {
        return type == AudioSocketFrame.TERMINATE || type == AudioSocketFrame.UUID || type == AudioSocketFrame.DTMF
               || type == AudioSocketFrame.ERROR || AudioSocketFrame.isAudio(type);
    }
}
