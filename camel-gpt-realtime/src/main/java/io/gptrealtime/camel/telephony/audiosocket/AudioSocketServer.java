package io.gptrealtime.camel.telephony.audiosocket;

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

/**
 * The Asterisk AudioSocket server: Asterisk's AudioSocket() application (or channel driver) connects over TCP, one
 * connection per call. Each connection gets its own codec and {@link AudioSocketConnection}.
 */
public final class AudioSocketServer implements AutoCloseable {

    private final Channel server;

    private AudioSocketServer(Channel server) {
        this.server = server;
    }

    public static AudioSocketServer start(String host, int port, EventLoopGroup group, CallSessions sessions,
                                          AudioSocketLimits limits, long maxQueuedMs) throws IOException {
        ChannelFuture bind = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new AudioSocketCodec(limits),
                                new AudioSocketConnection(sessions, limits, maxQueuedMs));
                    }
                })
                .bind(host, port).awaitUninterruptibly();
        if (!bind.isSuccess()) {
            throw new IOException("Cannot listen for AudioSocket on " + host + ":" + port + ": "
                                  + bind.cause().getMessage(), bind.cause());
        }
        return new AudioSocketServer(bind.channel());
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly();
    }
}
