package io.gptrealtime.examples.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

/**
 * Fans the console's call events out to the browsers as Server-Sent Events. Each browser gets an {@link InputStream}
 * (the body of its HTTP response, which platform-http streams chunk by chunk); a new browser first receives the
 * recent events, so a page opened mid-call shows the call so far.
 * <p>
 * Bounded: at most {@link #MAX_CLIENTS} browsers, {@link #CLIENT_QUEUE} pending events each (a browser that falls
 * that far behind is disconnected and reconnects by itself), {@link #HISTORY} events of history. Thread-safe.
 */
public final class CallEventHub {

    static final int MAX_CLIENTS = 16;
    static final int CLIENT_QUEUE = 512;
    static final int HISTORY = 500;
    /** An SSE comment line keeps proxies from closing an idle stream. */
    static final long KEEP_ALIVE_MILLIS = 15_000;
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = new byte[0];
    /** Tells the browser to reconnect after 2 s when the stream breaks. */
    private static final byte[] OPEN = "retry: 2000\n\n".getBytes(StandardCharsets.UTF_8);

    private final Set<Client> clients = new CopyOnWriteArraySet<>();
    /** Guarded by itself. */
    private final Deque<byte[]> history = new ArrayDeque<>();
    private long sequence;

    /** Publishes one JSON event to every connected browser. */
    public void publish(String json) {
        byte[] frame;
        synchronized (history) {
            sequence++;
            frame = ("id: " + sequence + "\ndata: " + json.replace("\n", " ") + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
            history.addLast(frame);
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        for (Client c : clients) {
            if (!c.queue.offer(frame)) {
                c.close();
            }
        }
    }

    /** A new SSE stream (history first), or null when too many browsers are connected. */
    public InputStream subscribe() {
        if (clients.size() >= MAX_CLIENTS) {
            return null;
        }
        Client c = new Client();
        // something to send at once: the HTTP response (and EventSource.onopen) starts with the first bytes
        c.queue.offer(OPEN);
        synchronized (history) {
            List<byte[]> replay = new ArrayList<>(history);
            for (byte[] f : replay) {
                c.queue.offer(f);
            }
            clients.add(c);
        }
        return c;
    }

    public int clients() {
        return clients.size();
    }

    /** Ends every stream (application shutdown). */
    public void closeAll() {
        for (Client c : clients) {
            c.close();
        }
    }

    private final class Client extends InputStream {
        final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CLIENT_QUEUE + HISTORY + 1);
        /** The frame being read and the position in it; only the reading thread touches them. */
        private byte[] current;
        private int pos;
        private volatile boolean closed;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        /** Blocks for the next frame (or a keep-alive), then returns what it has: SSE must not wait for a full buffer. */
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (current == null || pos >= current.length) {
                if (closed && queue.isEmpty()) {
                    return -1;
                }
                try {
                    byte[] next = queue.poll(KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS);
                    current = next == null ? KEEP_ALIVE : next;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                pos = 0;
                if (current == END) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.length - pos;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                clients.remove(this);
                queue.clear();
                queue.offer(END);
            }
        }
    }
}
