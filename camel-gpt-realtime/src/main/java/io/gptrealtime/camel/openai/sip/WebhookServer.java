package io.gptrealtime.camel.openai.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP listener OpenAI posts webhooks to. It only does HTTP: one path, POST only (404 and 405 otherwise),
 * bounded requests ({@link WebhookLimits}); the verified-or-not decision and everything after it belong to the
 * {@link Receiver}, which answers with the status to send. Plain HTTP: TLS is the reverse proxy's job.
 * <p>
 * Owns one event-loop thread for accepting and serving; the receiver runs on it and must not block.
 */
public final class WebhookServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

    /** Decides what a POST to the webhook path means. Runs on the listener's event loop: must not block. */
    @FunctionalInterface
    public interface Receiver {
        /**
         * @param headers the request headers, names lower-cased, first value of each
         * @param body    the raw body exactly as received (the signature covers these bytes)
         */
        Answer receive(Map<String, String> headers, byte[] body);
    }

    /** The HTTP answer to a webhook: a status and a short reason (sent as a JSON body, never a secret). */
    public record Answer(int status, String reason) {
    }

    private final EventLoopGroup group;
    private final Channel server;
    private final String path;

    private WebhookServer(EventLoopGroup group, Channel server, String path) {
        this.group = group;
        this.server = server;
        this.path = path;
    }

    /** Binds the listener; on failure nothing is left running. */
    public static WebhookServer start(String host, int port, String path, WebhookLimits limits, Receiver receiver)
            throws IOException {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("webhookPath must start with /, was " + path);
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("GptRealtimeWebhook", true),
                NioIoHandler.newFactory());
        ChannelFuture bind = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new ReadTimeoutHandler(limits.readTimeoutMillis(), TimeUnit.MILLISECONDS),
                                new HttpServerCodec(4096, limits.maxHeaderBytes(), 8192),
                                new HttpObjectAggregator(limits.maxBodyBytes()),
                                new Handler(path, receiver));
                    }
                })
                .bind(host, port).awaitUninterruptibly();
        if (!bind.isSuccess()) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IOException("Cannot listen for OpenAI webhooks on " + host + ":" + port + ": "
                                  + bind.cause().getMessage(), bind.cause());
        }
        return new WebhookServer(group, bind.channel(), path);
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String path() {
        return path;
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "WebhookServer[" + server.localAddress() + path + "]";
    }

    /** One per connection; HTTP/1.1 keep-alive requests arrive one after the other. */
    private static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final String path;
        private final Receiver receiver;

        Handler(String path, Receiver receiver) {
            this.path = path;
            this.receiver = receiver;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
            Answer answer;
            if (req.decoderResult().isFailure()) {
                answer = new Answer(400, "malformed HTTP request");
            } else if (!path.equals(new QueryStringDecoder(req.uri()).path())) {
                answer = new Answer(404, "no webhook here");
            } else if (!HttpMethod.POST.equals(req.method())) {
                answer = new Answer(405, "webhooks are POSTed");
            } else {
                Map<String, String> headers = new LinkedHashMap<>();
                req.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
                try {
                    answer = receiver.receive(headers, ByteBufUtil.getBytes(req.content()));
                } catch (RuntimeException e) {
                    LOG.warn("The webhook receiver failed: {}", e.toString(), e);
                    answer = new Answer(500, "internal error");
                }
            }
            respond(ctx, req, answer);
        }

        private static void respond(ChannelHandlerContext ctx, FullHttpRequest req, Answer answer) {
            byte[] body = ("{\"status\":" + answer.status() + ",\"reason\":\"" + answer.reason().replace("\"", "'")
                           + "\"}").getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(answer.status()), Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            if (answer.status() == 405) {
                response.headers().set(HttpHeaderNames.ALLOW, "POST");
            }
            boolean keepAlive = HttpUtil.isKeepAlive(req) && answer.status() < 500;
            HttpUtil.setKeepAlive(response, keepAlive);
            ChannelFuture write = ctx.writeAndFlush(response);
            if (!keepAlive) {
                write.addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // read timeouts, resets, oversized frames: the connection is not worth keeping
            LOG.debug("Webhook connection {} closed: {}", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
        }
    }
}
