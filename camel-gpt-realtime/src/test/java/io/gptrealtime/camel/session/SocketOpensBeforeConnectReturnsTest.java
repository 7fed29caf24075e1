package io.gptrealtime.camel.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.SimulatedSession;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OkHttp may open the WebSocket and call {@code onOpen} before {@code newWebSocket()} has returned to the thread that
 * connects. On a busy machine that happened to the AudioSocket gateway's event loop: the session could not send its
 * session.update (the socket field was not set yet), the server never configured it, and the call was refused after
 * the connect timeout. A dispatcher that hands each call to its own thread and returns only after the socket has
 * been opened forces that order every time.
 */
class SocketOpensBeforeConnectReturnsTest {

    static final String KEY = "sk-open-race";

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).build();

    @Test
    void theSessionIsConfiguredWhenTheSocketOpensBeforeConnectReturns() throws Exception {
        int before = sim.sessions().size();
        Dispatcher dispatcher = new Dispatcher(new OpenBeforeReturning(before));
        dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
        OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher).readTimeout(0, TimeUnit.SECONDS)
                .build();
        // pools of our own, stopped at once: the session's connect timers need not run out
        ExecutorService dispatch = Executors.newFixedThreadPool(2, EngineFixture.named("race-dispatch"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(EngineFixture.named("race-timer"));
        try {
            RealtimeEngine engine = new RealtimeEngine(client, dispatch, dispatch, timers);
            RealtimeSession s = engine.newSession("race", EngineFixture.settings(sim.baseUrl(), KEY).build(),
                    new EngineFixture.RecordingListener());
            s.connect().get(5, TimeUnit.SECONDS);
            assertEquals(SessionState.OPEN, s.state());
            assertEquals(1, sim.lastSession().receivedOfType("session.update").size());
            s.close().get(5, TimeUnit.SECONDS);
        } finally {
            dispatch.shutdownNow();
            timers.shutdownNow();
            dispatcher.executorService().shutdownNow();
        }
    }

    /**
     * Runs each call on a new thread, then holds the caller until the simulator has a new session that received its
     * session.update, or for 2 s: long enough for OkHttp to have opened the socket and called back.
     */
    static final class OpenBeforeReturning extends AbstractExecutorService {
        private final int sessionsBefore;
        private volatile boolean shutdown;

        OpenBeforeReturning(int sessionsBefore) {
            this.sessionsBefore = sessionsBefore;
        }

        @Override
        public void execute(Runnable call) {
            Thread t = new Thread(call, "okhttp-call");
            t.setDaemon(true);
            t.start();
            try {
                await().atMost(Duration.ofSeconds(2)).until(this::configured);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // without the fix the session.update never comes: return now, as a late caller thread would
            }
        }

        private boolean configured() {
            List<SimulatedSession> sessions = sim.sessions();
            return sessions.size() > sessionsBefore
                   && !sessions.get(sessions.size() - 1).receivedOfType("session.update").isEmpty();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
