package io.gptrealtime.simulator;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames to protocol: text to {@link WireProtocol#onText}, pings answered, close frames handed over,
 * writability changes forwarded (they resume paused responses). An over-long message closes with 1009.
 */
final class WebSocketSessionHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketSessionHandler.class);

    private final WireProtocol protocol;
    private final SimulatedSession session;
    private final Sessions sessions;

    WebSocketSessionHandler(WireProtocol protocol, SimulatedSession session, Sessions sessions) {
        this.protocol = protocol;
        this.session = session;
        this.sessions = sessions;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame) {
            protocol.onText(((TextWebSocketFrame) frame).text());
        } else if (frame instanceof CloseWebSocketFrame) {
            protocol.onCloseFrame((CloseWebSocketFrame) frame);
        } else if (frame instanceof PingWebSocketFrame) {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
        } else if (frame instanceof BinaryWebSocketFrame) {
            protocol.onBinary();
        } // pongs need no answer
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        protocol.onWritable();
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        protocol.onClosed();
        sessions.closed(session);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException || cause instanceof CorruptedFrameException) {
            LOG.debug("closing {} after a protocol violation: {}", session, cause.toString());
            if (ctx.channel().isActive()) {
                ctx.writeAndFlush(new CloseWebSocketFrame(1009, "message too big"))
                        .addListener(ChannelFutureListener.CLOSE);
            }
            return;
        }
        LOG.debug("closing {} after {}", session, cause.toString());
        ctx.close();
    }
}
