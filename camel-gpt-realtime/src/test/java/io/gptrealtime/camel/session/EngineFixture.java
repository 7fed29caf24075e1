package io.gptrealtime.camel.session;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.TurnDetection;
import io.gptrealtime.camel.transport.RealtimeUrls;

/** A RealtimeEngine on named thread pools, for engine tests without Camel. */
public final class EngineFixture implements AutoCloseable {

    public static final String THREAD_PREFIX = "engine-test-";

    public final ExecutorService socketPool = Executors.newCachedThreadPool(named("socket"));
    public final ExecutorService dispatchPool = Executors.newFixedThreadPool(4, named("dispatch"));
    public final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(named("timer"));
    public final RealtimeEngine engine = new RealtimeEngine(null, socketPool, dispatchPool, scheduler);

    static ThreadFactory named(String kind) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, THREAD_PREFIX + kind + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public static SessionSettings.Builder settings(String baseUrl, String apiKey) {
        RealtimeSessionConfig config = RealtimeSessionConfig.realtime().setModel("gpt-realtime-2")
                .setInstructions("Be brief.");
        config.audioInput().setTurnDetection(TurnDetection.serverVad());
        return SessionSettings.builder()
                .url(RealtimeUrls.forModel(baseUrl, "gpt-realtime-2"))
                .apiKey(apiKey)
                .initialConfig(config)
                .connectTimeoutMillis(5000)
                .closeTimeoutMillis(2000);
    }

    static URI url(String baseUrl) {
        return RealtimeUrls.forModel(baseUrl, "gpt-realtime-2");
    }

    @Override
    public void close() throws Exception {
        engine.shutdown(5000);
        socketPool.shutdown();
        dispatchPool.shutdown();
        scheduler.shutdown();
        socketPool.awaitTermination(10, TimeUnit.SECONDS);
        dispatchPool.awaitTermination(10, TimeUnit.SECONDS);
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Records what a listener hears, thread-safely. */
    public static class RecordingListener implements SessionListener {
        public final List<ServerEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Throwable> closes = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public void onEvent(RealtimeSession session, ServerEvent event) {
            events.add(event);
        }

        @Override
        public void onClosed(RealtimeSession session, int code, String reason, Throwable cause) {
            closed.incrementAndGet();
            if (cause != null) {
                closes.add(cause);
            }
        }

        public List<String> types() {
            synchronized (events) {
                return events.stream().map(ServerEvent::getType).toList();
            }
        }
    }
}
