package io.gptrealtime.camel.telephony.twilio;

import java.io.IOException;
import java.net.InetSocketAddress;

import io.gptrealtime.camel.telephony.CallSessions;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * The WebSocket server Twilio connects to for {@code <Connect><Stream url="wss://…/media">}: one connection per call,
 * each handled by a {@link TwilioStream}. Plain ws: put a TLS-terminating proxy in front for Twilio's wss.
 */
public final class TwilioMediaStreamServer implements AutoCloseable {

    /** Twilio's media messages are small (160 bytes of audio in base64); larger frames are refused. */
    static final int MAX_FRAME_BYTES = 64 * 1024;

    private final Channel server;

    private TwilioMediaStreamServer(Channel server) {
        this.server = server;
    }

    public static TwilioMediaStreamServer start(String host, int port, String path, EventLoopGroup group,
                                                CallSessions sessions) throws IOException {
        WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder().websocketPath(path)
                .maxFramePayloadLength(MAX_FRAME_BYTES).checkStartsWith(false).handleCloseFrames(true).build();
        ChannelFuture bind = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192),
                                new WebSocketServerProtocolHandler(ws), new TwilioStream(sessions));
                    }
                })
                .bind(host, port).awaitUninterruptibly();
        if (!bind.isSuccess()) {
            throw new IOException("Cannot listen for Twilio Media Streams on " + host + ":" + port + ": "
                                  + bind.cause().getMessage(), bind.cause());
        }
        return new TwilioMediaStreamServer(bind.channel());
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly();
    }
}
