package io.gptrealtime.simulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The Netty server: one acceptor thread, {@link SimulatorConfig#ioThreads()} IO threads (each session lives on one),
 * all named {@code realtime-sim-…} and joined on {@link #close()}, so a closed simulator leaves no thread behind.
 */
final class SimulatorServer {

    static final String THREAD_PREFIX = "realtime-sim";
    /** Handshakes carry no body; REST bodies (an accepted session with its tools) stay well below this. */
    private static final int MAX_HTTP_REQUEST_BYTES = 1024 * 1024;

    private final SimulatorConfig config;
    private final FaultPlan globalFaults;
    private final Sessions sessions;
    private final SipCalls calls;
    /** Numbers HTTP connections, so each REST handler draws its own deterministic ids. */
    private final java.util.concurrent.atomic.AtomicLong connections = new java.util.concurrent.atomic.AtomicLong();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    /** Owner: The thread calling start/close (serialised by RealtimeSimulator's monitor). */
    private EventLoopGroup bossGroup;
    /** Owner: The thread calling start/close (serialised by RealtimeSimulator's monitor). */
    private EventLoopGroup ioGroup;
    /** Owner: The thread calling start/close (serialised by RealtimeSimulator's monitor). */
    private Channel serverChannel;

    SimulatorServer(SimulatorConfig config, FaultPlan globalFaults, Sessions sessions, SipCalls calls) {
        this.config = config;
        this.globalFaults = globalFaults;
        this.sessions = sessions;
        this.calls = calls;
    }

    /** Binds and returns the bound port. */
    int start() {
        bossGroup = new MultiThreadIoEventLoopGroup(1, trackedFactory(THREAD_PREFIX + "-accept"),
                NioIoHandler.newFactory());
        ioGroup = new MultiThreadIoEventLoopGroup(config.ioThreads(), trackedFactory(THREAD_PREFIX + "-io"),
                NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(bossGroup, ioGroup)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 256)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                            new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast("http-codec", new HttpServerCodec())
                                    .addLast("http-aggregator", new HttpObjectAggregator(MAX_HTTP_REQUEST_BYTES))
                                    .addLast("rest", new RestHandler(config, calls, connections.incrementAndGet()))
                                    .addLast("handshake", new HandshakeHandler(config, globalFaults, sessions, calls));
                        }
                    });
            serverChannel = bootstrap.bind(new InetSocketAddress(config.host(), config.port()))
                    .syncUninterruptibly().channel();
            return ((InetSocketAddress) serverChannel.localAddress()).getPort();
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("Cannot bind the realtime simulator to " + config.host() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops accepting, resets the open connections, stops the event loops and waits for their threads to end.
     */
    void close() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        for (SimulatedSession session : sessions.openSessions()) {
            try {
                session.inject(FaultAction.close(1001, "simulator shutting down"));
            } catch (RuntimeException ignored) {
                // its loop is already gone
            }
        }
        shutdown(ioGroup);
        shutdown(bossGroup);
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void shutdown(EventLoopGroup group) {
        if (group != null) {
            // quiet period 0: nothing is pending once the channels are closed; tests open and close many simulators
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private ThreadFactory trackedFactory(String poolName) {
        DefaultThreadFactory delegate = new DefaultThreadFactory(poolName, true);
        return runnable -> {
            Thread t = delegate.newThread(runnable);
            threads.add(t);
            return t;
        };
    }
}
