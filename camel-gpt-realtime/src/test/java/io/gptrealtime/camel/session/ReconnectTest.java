package io.gptrealtime.camel.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemCreateEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.simulator.FaultAction;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session survives a dropped socket and the server-session cap: reconnect, rotation, replay, buffered audio. */
class ReconnectTest {

    static final String KEY = "sk-reconnect";

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder()
                    .turn("first question", Reply.say("First answer."))
                    .turn("second question", Reply.say("Second answer."))
                    .build())
            .build();

    private static SessionSettings.Builder settings() {
        return EngineFixture.settings(sim.baseUrl(), KEY).serverCreatesResponses(false)
                .reconnectPolicy(new ReconnectPolicy(true, 50, 500, 5));
    }

    @Test
    void aDroppedSocketReconnectsReplaysTheConversationAndGoesOn() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("r1", settings().build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("first question")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> s.activeResponseId() == null
                                                             && l.types().contains(EventTypes.RESPONSE_DONE));
            SimulatedSession first = sim.lastSession();
            first.drop();

            List<SimulatedSession> both = sim.awaitSessions(2, Duration.ofSeconds(10));
            SimulatedSession second = both.get(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> s.state() == SessionState.OPEN && s.reconnects() == 1);
            List<RecordedEvent> received = second.receivedEvents();
            assertEquals("session.update", received.get(0).type(), "the same configuration first");
            List<JsonNode> replayed = second.receivedOfType("conversation.item.create").stream()
                    .map(r -> r.json().path("item")).toList();
            assertEquals(2, replayed.size(), "the user turn and the assistant's answer: " + replayed);
            assertEquals("user", replayed.get(0).path("role").asText());
            assertEquals("first question", replayed.get(0).path("content").get(0).path("text").asText());
            assertEquals("assistant", replayed.get(1).path("role").asText());
            assertEquals("First answer.", replayed.get(1).path("content").get(0).path("text").asText());
            assertTrue(second.sentOfType("error").isEmpty(), second.sentOfType("error").toString());

            await().atMost(Duration.ofSeconds(5)).until(() -> l.types().contains(RealtimeSession.RECONNECTED_EVENT));
            assertTrue(l.types().contains(RealtimeSession.RECONNECTING_EVENT));
            assertEquals(0, l.closed.get(), "routes never saw the session end");
            long itemEventsBefore = l.types().stream().filter(EventTypes.CONVERSATION_ITEM_DONE::equals).count();

            s.send(new ConversationItemCreateEvent(ConversationItem.userText("second question")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> l.types().stream()
                    .filter(EventTypes.RESPONSE_DONE::equals).count() == 2);
            long itemEventsAfter = l.types().stream().filter(EventTypes.CONVERSATION_ITEM_DONE::equals).count();
            assertEquals(2, itemEventsAfter - itemEventsBefore,
                    "the replay's item events were not delivered again; the new turn's two were");
        }
    }

    @Test
    void audioDuringTheGapIsSentAfterTheReconnect() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            RealtimeSession s = f.engine.newSession("r2", settings()
                    .reconnectPolicy(new ReconnectPolicy(true, 400, 1000, 5)).build(),
                    new EngineFixture.RecordingListener());
            s.connect().get(5, TimeUnit.SECONDS);
            sim.lastSession().drop();
            await().atMost(Duration.ofSeconds(5)).until(() -> s.state() == SessionState.RECONNECTING);
            byte[] chunk = new byte[4800];
            for (int i = 0; i < 5; i++) {
                s.appendAudio(chunk, 0, chunk.length); // 500 ms the caller said while the line was down
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> s.state() == SessionState.OPEN && s.reconnects() == 1);
            SimulatedSession second = sim.awaitSessions(2, Duration.ofSeconds(5)).get(1);
            second.awaitReceived("input_audio_buffer.append", 5, Duration.ofSeconds(5));
            assertEquals(0, s.droppedGapAudioBytes());
        }
    }

    @Test
    void aFatalErrorStopsRetrying() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("r3", settings().build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            SimulatedSession server = sim.lastSession();
            server.inject(FaultAction.sendError("invalid_request_error", "insufficient_quota", "You exceeded your quota."));
            server.inject(FaultAction.close(4003, "quota"));
            s.whenClosed().get(5, TimeUnit.SECONDS);
            assertEquals(0, s.reconnects());
            assertEquals(1, sim.sessions().size(), "no reconnect attempt after a fatal error");
            assertTrue(l.types().contains(EventTypes.ERROR), "the error reached the routes");
            assertTrue(l.closes.get(0).getMessage().contains("4003"), l.closes.toString());
        }
    }

    @Test
    void theServerSessionIsRotatedBeforeTheCapAtAQuietMoment() throws Exception {
        try (EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("r4", settings().maxSessionDurationMillis(1500).build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("first question")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> s.rotations() == 1);
            List<SimulatedSession> sessions = sim.sessions();
            assertEquals(2, sessions.size());
            sessions.get(0).awaitClosed(Duration.ofSeconds(5));
            assertEquals(2, sessions.get(1).receivedOfType("conversation.item.create").size());
            assertEquals(SessionState.OPEN, s.state());
            assertEquals(0, l.closed.get());
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("second question")));
            s.requestResponse(null).get(5, TimeUnit.SECONDS);
            sessions.get(1).awaitSent("response.done", 1, Duration.ofSeconds(5));
        }
    }
    /**
     * A turn sent in the instant the socket is torn down (the drop not noticed yet, OkHttp still taking sends, or
     * the reconnect racing the caller's response.create) is answered exactly once. The interleavings themselves are
     * played deterministically in ResponseSequencerTest; this runs the real session through them many times.
     */
    @Test
    void aTurnRacingTheTeardownOfItsSocketIsAnsweredExactlyOnce() throws Exception {
        int turns = 25;
        try (RealtimeSimulator own = RealtimeSimulator.builder().apiKey(KEY)
                .scenario(Scenario.builder().fallbackReply(Reply.say("Answer.")).build()).build().start();
             EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession("race", EngineFixture.settings(own.baseUrl(), KEY)
                    .serverCreatesResponses(false).reconnectPolicy(new ReconnectPolicy(true, 1, 20, 10)).build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            for (int turn = 1; turn <= turns; turn++) {
                own.lastSession().drop();
                if (turn % 2 == 0) {
                    Thread.sleep(turn % 5); // vary where in the teardown the turn lands
                }
                s.send(new ConversationItemCreateEvent(ConversationItem.userText("question " + turn)));
                CompletableFuture<String> created = s.requestResponse(null);
                created.get(10, TimeUnit.SECONDS);
                int expected = turn;
                await().atMost(Duration.ofSeconds(10)).until(() -> s.state() == SessionState.OPEN
                        && s.activeResponseId() == null && count(l, EventTypes.RESPONSE_DONE) >= expected);
            }
            Thread.sleep(300); // a second answer, if any, would show up now
            assertEquals(turns, count(l, EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE),
                    "one answer per turn, none lost, none twice");
            long creates = own.sessions().stream().mapToLong(x -> x.receivedOfType("response.create").size()).sum();
            long conflicts = own.sessions().stream().flatMap(x -> x.sentOfType("error").stream())
                    .filter(e -> e.json().path("error").path("code").asText()
                            .equals("conversation_already_has_active_response"))
                    .count();
            long completed = own.sessions().stream().mapToLong(x -> x.sentOfType("response.done").size()).sum();
            assertEquals(0, conflicts, "no create ever met an active response");
            assertTrue(creates >= turns, creates + " creates for " + turns + " turns");
            assertTrue(completed >= turns, "some responses may be cut by the next drop, never fewer than asked");
            assertEquals(0, l.closed.get());
        }
    }

    /** The drop is noticed after the caller's request was taken and before it reaches the socket. */
    @Test
    void aDropNoticedWhileAResponseCreateIsOnItsWayLeadsToOneResponse() throws Exception {
        raceOnce("noticed", (s, server) -> {
            server.drop();
            await().atMost(Duration.ofSeconds(5)).until(() -> s.state() == SessionState.RECONNECTING);
        });
    }

    /** A whole reconnect (which sends the owed request itself) overtakes the caller's response.create. */
    @Test
    void aReconnectOvertakingAResponseCreateDoesNotSendItTwice() throws Exception {
        raceOnce("overtaken", (s, server) -> {
            server.drop();
            await().atMost(Duration.ofSeconds(5)).until(() -> s.state() == SessionState.OPEN && s.reconnects() == 1);
        });
    }

    private interface Race {
        void during(RealtimeSession session, SimulatedSession server) throws Exception;
    }

    private static void raceOnce(String key, Race race) throws Exception {
        try (RealtimeSimulator own = RealtimeSimulator.builder().apiKey(KEY)
                .scenario(Scenario.builder().fallbackReply(Reply.say("Answer.")).build()).build().start();
             EngineFixture f = new EngineFixture()) {
            EngineFixture.RecordingListener l = new EngineFixture.RecordingListener();
            RealtimeSession s = f.engine.newSession(key, EngineFixture.settings(own.baseUrl(), KEY)
                    .serverCreatesResponses(false).reconnectPolicy(new ReconnectPolicy(true, 1, 20, 10)).build(), l);
            s.connect().get(5, TimeUnit.SECONDS);
            SimulatedSession first = own.lastSession();
            AtomicBoolean fired = new AtomicBoolean();
            s.beforeResponseCreateSent = () -> {
                if (fired.compareAndSet(false, true)) {
                    try {
                        race.during(s, first);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            s.send(new ConversationItemCreateEvent(ConversationItem.userText("question")));
            s.requestResponse(null).get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> s.state() == SessionState.OPEN
                    && s.activeResponseId() == null && count(l, EventTypes.RESPONSE_DONE) >= 1);
            Thread.sleep(300); // a second answer, if any, would show up now
            assertTrue(fired.get());
            SimulatedSession second = own.awaitSessions(2, Duration.ofSeconds(5)).get(1);
            assertEquals(1, second.receivedOfType("response.create").size(), "one create on the new server session");
            assertTrue(second.sentOfType("error").isEmpty(), second.sentOfType("error").toString());
            assertEquals(1, count(l, EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE), "answered exactly once");
            assertEquals(1, second.receivedOfType("conversation.item.create").stream()
                    .filter(e -> e.json().path("item").path("role").asText().equals("user")).count(),
                    "the question replayed once");
        }
    }

    private static long count(EngineFixture.RecordingListener l, String type) {
        return l.types().stream().filter(type::equals).count();
    }
}
