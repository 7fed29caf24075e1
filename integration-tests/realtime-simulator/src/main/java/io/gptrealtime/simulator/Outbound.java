package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The session's outbound path: serialises each event when it is queued (later changes to shared item trees cannot
 * leak into it), keeps order, applies the "delay outbound" fault, records what is actually written, and reports
 * every written event type to the fault engine. A server-initiated close travels the same queue, so it follows the
 * events sent before it. Owned by the session's event loop.
 */
final class Outbound {

    private static final Logger LOG = LoggerFactory.getLogger(Outbound.class);

    /** Where the socket is, from the server's side. */
    enum State {
        OPEN,
        /** Close frame sent; waiting for the client's (or the timeout). */
        CLOSING,
        CLOSED
    }

    private static final class Pending {
        final String raw;
        final String type;
        final long releaseNanos;
        /** Non-null for a queued close. */
        final CloseWebSocketFrame close;

        Pending(String raw, String type, long releaseNanos, CloseWebSocketFrame close) {
            this.raw = raw;
            this.type = type;
            this.releaseNanos = releaseNanos;
            this.close = close;
        }
    }

    private final Channel channel;
    private final EventRecorder recorder;
    private final long maxBacklogBytes;
    private final Duration closeTimeout;
    private final Consumer<String> afterSent;
    /** Called when a drain leaves the queue below the backlog bound (channel writability alone would not say). */
    private final Runnable onDrained;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    /** Owner: Event loop of the session. */
    private long queuedChars;
    /** Owner: Event loop of the session. */
    private long delayNanos;
    /** Owner: Event loop of the session. */
    private long lastReleaseNanos;
    /** Owner: Event loop of the session. */
    private boolean drainScheduled;
    /** Owner: Event loop of the session. */
    private State state = State.OPEN;

    Outbound(Channel channel, EventRecorder recorder, long maxBacklogBytes, Duration closeTimeout,
             Consumer<String> afterSent, Runnable onDrained) {
        this.channel = channel;
        this.onDrained = onDrained;
        this.recorder = recorder;
        this.maxBacklogBytes = maxBacklogBytes;
        this.closeTimeout = closeTimeout;
        this.afterSent = afterSent;
    }

    State state() {
        return state;
    }

    void send(ObjectNode event) {
        enqueue(Json.write(event), event.path("type").asText(null), null);
    }

    /** Any text, JSON or not (fault injection). */
    void sendRaw(String text) {
        com.fasterxml.jackson.databind.JsonNode parsed = Json.parseOrNull(text);
        String type = parsed != null && parsed.path("type").isTextual() ? parsed.get("type").asText() : null;
        enqueue(text, type, null);
    }

    /** Queues a close frame behind the pending events. */
    void close(int code, String reason) {
        enqueue(null, null, new CloseWebSocketFrame(code, reason));
    }

    void setDelay(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** True when the client is not keeping up: streaming should pause (see {@link #onWritable()}). */
    boolean backlogged() {
        return !channel.isWritable() || queuedChars > maxBacklogBytes;
    }

    private void enqueue(String raw, String type, CloseWebSocketFrame close) {
        if (state != State.OPEN) {
            if (close != null) {
                close.release();
            }
            return; // the socket is going away; late events are dropped, as on a real connection
        }
        long now = System.nanoTime();
        long release = Math.max(now + delayNanos, lastReleaseNanos);
        lastReleaseNanos = release;
        if (queue.isEmpty() && release <= now) {
            write(raw, type, close);
            return;
        }
        queue.add(new Pending(raw, type, release, close));
        queuedChars += raw == null ? 0 : raw.length();
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (drainScheduled || queue.isEmpty()) {
            return;
        }
        drainScheduled = true;
        long wait = queue.peek().releaseNanos - System.nanoTime();
        channel.eventLoop().schedule(this::drain, Math.max(0, wait), TimeUnit.NANOSECONDS);
    }

    private void drain() {
        drainScheduled = false;
        long now = System.nanoTime();
        while (!queue.isEmpty() && queue.peek().releaseNanos <= now && state == State.OPEN) {
            Pending p = queue.poll();
            queuedChars -= p.raw == null ? 0 : p.raw.length();
            write(p.raw, p.type, p.close);
        }
        if (state != State.OPEN) {
            discardQueue();
        }
        scheduleDrain();
        if (state == State.OPEN && !backlogged()) {
            onDrained.run();
        }
    }

    private void write(String raw, String type, CloseWebSocketFrame close) {
        if (close != null) {
            state = State.CLOSING;
            discardQueue();
            if (!channel.isActive()) {
                close.release();
                return;
            }
            channel.writeAndFlush(close);
            // be polite: wait for the client's close frame, but not forever
            channel.eventLoop().schedule(() -> {
                if (channel.isOpen()) {
                    channel.close();
                }
            }, closeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (!channel.isActive()) {
            return;
        }
        recorder.recordSent(raw, type, null);
        channel.writeAndFlush(new TextWebSocketFrame(raw)).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                LOG.debug("write failed on {}: {}", channel, f.cause().toString());
            }
        });
        afterSent.accept(type == null ? "" : type);
    }

    /** Resets the connection: no close frame, and SO_LINGER 0 makes the close an RST. */
    void drop() {
        state = State.CLOSED;
        discardQueue();
        if (channel.isOpen()) {
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.close();
        }
    }

    /** The client sent a close frame: answer it (unless we started the close) and close TCP. */
    void onClientClose(CloseWebSocketFrame frame) {
        if (state == State.OPEN && channel.isActive()) {
            state = State.CLOSING;
            discardQueue();
            channel.writeAndFlush(new CloseWebSocketFrame(frame.statusCode() < 0 ? 1000 : frame.statusCode(),
                    frame.reasonText())).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    void onClosed() {
        state = State.CLOSED;
        discardQueue();
    }

    private void discardQueue() {
        for (Pending p : queue) {
            if (p.close != null) {
                p.close.release();
            }
        }
        queue.clear();
        queuedChars = 0;
    }
}
