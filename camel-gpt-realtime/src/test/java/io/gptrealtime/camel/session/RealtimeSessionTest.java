package io.gptrealtime.camel.session;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealtimeSessionTest {

    static final String KEY = "sk-test-0123456789abcdef";

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).build();

    @Test
    void connectsWithBearerNoBetaHeaderAndSendsTheConfiguration() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("k1", EngineFixture.settings(sim.baseUrl(), KEY).build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            assertEquals(SessionState.OPEN, s.state());
            assertTrue(s.sessionId().startsWith("sess_"), s.sessionId());

            SimulatedSession server = sim.lastSession();
            assertEquals("Bearer " + KEY, server.handshake().header("Authorization"));
            assertNull(server.handshake().header("OpenAI-Beta"));
            assertEquals("gpt-realtime-2", server.handshake().queryParameter("model"));
            RecordedEvent update = server.receivedOfType("session.update").get(0);
            assertEquals("Be brief.", update.json().path("session").path("instructions").asText());
            assertEquals("realtime", update.json().path("session").path("type").asText());
            assertEquals("Be brief.", server.effectiveSession().path("instructions").asText());
            s.close().get(5, TimeUnit.SECONDS);
            assertEquals(SessionState.CLOSED, s.state());
            await().atMost(Duration.ofSeconds(5)).until(() -> l.closed.get() == 1);
            assertTrue(l.closes.isEmpty(), "an orderly close reports no cause: " + l.closes);
        }
    }

    @Test
    void eventsNoListenerWantsAreNotDispatchedAndTheOthersKeepTheirOrder() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener wanted = new EngineFixture.RecordingListener() {
                @Override
                public boolean wants(String type) {
                    return type.startsWith("response.") && !type.startsWith("response.output_audio");
                }
            };
            RealtimeSession s = f.engine.newSession("k-filter", EngineFixture.settings(sim.baseUrl(), KEY)
                    .serverCreatesResponses(false).build(), wanted);
            s.connect().get(5, TimeUnit.SECONDS);
            s.send(new io.gptrealtime.camel.protocol.ConversationItemCreateEvent(
                    io.gptrealtime.camel.protocol.ConversationItem.userText("Hello")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> wanted.types().contains("response.done"));
            List<String> got = wanted.types();
            assertTrue(got.stream().allMatch(t -> t.startsWith("response.") && !t.startsWith("response.output_audio")),
                    got.toString());
            assertEquals("response.created", got.get(0));
            assertEquals("response.done", got.get(got.size() - 1));
            assertTrue(sim.lastSession().sentOfType("response.output_audio.delta").size() > 0,
                    "the service did send audio; it was not dispatched");
        }
    }

    @Test
    void aWrongKeyFailsClearlyAndNeverShowsTheKey() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            String wrong = "sk-wrong-secret-value-42";
            RealtimeSession s = f.engine.newSession("k2", EngineFixture.settings(sim.baseUrl(), wrong).build(),
                    new EngineFixture.RecordingListener());
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> s.connect().get(5, TimeUnit.SECONDS));
            RealtimeSessionException cause = assertInstanceOf(RealtimeSessionException.class, e.getCause());
            assertTrue(cause.getMessage().contains("HTTP 401"), cause.getMessage());
            assertEquals("invalid_api_key", cause.getErrorCode());
            assertFalse(cause.getMessage().contains(wrong), "the key leaked: " + cause.getMessage());
            assertFalse(s.settings().toString().contains(wrong));
            assertEquals(SessionState.CLOSED, s.state());
        }
    }

    @Test
    void aHundredSessionsOpenAndCloseLeavingNoThreadOrSocketBehind() throws Exception {
        long fdsBefore = openFileDescriptors();
        try (EngineFixture f = new EngineFixture()) {
            Agent agent = f.engine.agent("hundred");
            List<RealtimeSession> sessions = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                sessions.add(agent.openSession("call-" + i, 1000, () -> EngineFixture.settings(sim.baseUrl(), KEY)
                        .build()));
            }
            CompletableFuture.allOf(sessions.stream().map(RealtimeSession::whenOpen)
                    .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator().openSessionCount() == 100);
            agent.closeAll().get(30, TimeUnit.SECONDS);
            sessions.forEach(s -> assertEquals(SessionState.CLOSED, s.state()));
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator().openSessionCount() == 0);
            await().atMost(Duration.ofSeconds(5)).until(() -> agent.sessions().isEmpty());
        }
        // the engine's pools are shut down: none of their threads may survive
        await().atMost(Duration.ofSeconds(10)).until(() -> threadsNamed(EngineFixture.THREAD_PREFIX).isEmpty());
        // OkHttp's process-wide TaskRunner pool (writers, pings) keeps idle daemon threads for 60 s before retiring
        // them; none of them may still be doing WebSocket work for our sessions.
        await().atMost(Duration.ofSeconds(10)).until(() -> busyOkHttpThreads().isEmpty());
        if (fdsBefore >= 0) {
            await().atMost(Duration.ofSeconds(10)).until(() -> openFileDescriptors() <= fdsBefore + 5);
        }
    }

    @Test
    void ourResponseRequestsNeverMeetAnActiveResponse() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            SessionSettings settings = EngineFixture.settings(sim.baseUrl(), KEY).serverCreatesResponses(false)
                    .build();
            settings.initialConfig().audioInput().clearTurnDetection();
            RealtimeSession s = f.engine.newSession("k3", settings, l);
            s.connect().get(5, TimeUnit.SECONDS);
            List<CompletableFuture<String>> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                s.send(new ConversationItemCreateEvent(ConversationItem.userText("question " + i)));
                ids.add(s.requestResponse(null));
                ids.add(s.requestResponse(null));
            }
            CompletableFuture.allOf(ids.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> l.types().stream().filter(EventTypes.RESPONSE_DONE::equals).count() >= 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> s.activeResponseId() == null);
            SimulatedSession server = sim.lastSession();
            List<String> errors = server.sentOfType("error").stream().map(RecordedEvent::raw).toList();
            assertTrue(errors.isEmpty(), "the service reported errors: " + errors);
            int creates = server.receivedOfType("response.create").size();
            assertTrue(creates >= 2 && creates <= 10, "response.create sent " + creates + " times");
            assertEquals(creates, server.sentOfType("response.done").size(), "each create got exactly one response");
        }
    }

    @Test
    void aSlowListenerDoesNotStallTheSocketReader() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            CountDownLatch release = new CountDownLatch(1);
            EngineFixture.RecordingListener slow = new EngineFixture.RecordingListener() {
                @Override
                public void onEvent(RealtimeSession session, ServerEvent event) {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    super.onEvent(session, event);
                }
            };
            RealtimeSession s = f.engine.newSession("k4", EngineFixture.settings(sim.baseUrl(), KEY).build(), slow);
            CountDownLatch responseDone = new CountDownLatch(1);
            s.addObserver((session, event) -> {
                if (EventTypes.RESPONSE_DONE.equals(event.getType())) {
                    responseDone.countDown();
                }
            });
            s.connect().get(5, TimeUnit.SECONDS);
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("hello")));
            s.requestResponse(null);
            assertTrue(responseDone.await(10, TimeUnit.SECONDS),
                    "the reader saw the whole response while the route was still blocked");
            assertTrue(slow.events.isEmpty(), "the listener is still blocked on its first event");
            assertTrue(s.dispatchQueueSize() > 5, "events wait in the session's dispatch queue");
            release.countDown();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> slow.types().contains(EventTypes.RESPONSE_DONE));
            List<String> types = slow.types();
            assertEquals(EventTypes.SESSION_CREATED, types.get(0), "order is kept: " + types);
        }
    }

    @Test
    void invalidJsonFromTheServerBecomesAnErrorEventAndTheSessionGoesOn() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("k5", EngineFixture.settings(sim.baseUrl(), KEY).build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            sim.lastSession().sendRaw("{\"type\":\"response.output_audio.delta\",\"delta\":");
            sim.lastSession().sendRaw("[1,2,3]");
            await().atMost(Duration.ofSeconds(5)).until(() -> s.invalidEvents() == 2);
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("still there?")));
            s.requestResponse(null).get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> l.types().contains(EventTypes.RESPONSE_DONE));
            List<ErrorEvent> errors;
            synchronized (l.events) {
                errors = l.events.stream().filter(ErrorEvent.class::isInstance).map(ErrorEvent.class::cast).toList();
            }
            assertEquals(2, errors.size());
            assertEquals("invalid_server_event", errors.get(0).getError().getCode());
            assertEquals(SessionState.OPEN, s.state());
        }
    }

    @Test
    void aNormalCloseByTheServerEndsTheSession() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("k6", EngineFixture.settings(sim.baseUrl(), KEY).build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            sim.lastSession().close(1000, "goodbye");
            s.whenClosed().get(5, TimeUnit.SECONDS);
            assertEquals(1, l.closed.get());
            assertEquals(0, s.reconnects());
            assertThrows(RealtimeSessionException.class,
                    () -> s.send(new ConversationItemCreateEvent(ConversationItem.userText("x"))));
        }
    }

    @Test
    void aRejectedConfigurationFailsTheOpen() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            SessionSettings settings = EngineFixture.settings(sim.baseUrl(), KEY).build();
            settings.initialConfig().setModel("gpt-realtime-mini");
            RealtimeSession s = f.engine.newSession("k7", settings, new EngineFixture.RecordingListener());
            ExecutionException e = assertThrows(ExecutionException.class, () -> s.connect().get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("rejected the session configuration"),
                    e.getCause().getMessage());
        }
    }

    static List<String> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).toList();
    }

    /** OkHttp threads that are not idle in the pool, or that still run WebSocket code. */
    static List<String> busyOkHttpThreads() {
        List<String> busy = new ArrayList<>();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (!t.isAlive() || !t.getName().startsWith("OkHttp")) {
                return;
            }
            boolean webSocketWork = java.util.Arrays.stream(stack)
                    .anyMatch(e -> e.getClassName().contains("RealWebSocket"));
            boolean idle = t.isDaemon() && (t.getState() == Thread.State.TIMED_WAITING
                                             || t.getState() == Thread.State.WAITING);
            if (webSocketWork || !idle) {
                busy.add(t.getName() + " " + t.getState());
            }
        });
        return busy;
    }

    static long openFileDescriptors() {
        File[] fds = new File("/proc/self/fd").listFiles();
        return fds == null ? -1 : fds.length;
    }
}
