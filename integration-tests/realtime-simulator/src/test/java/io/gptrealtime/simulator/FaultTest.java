package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().build();

    @Test
    void dropResetsTheSocketWithoutACloseFrame() {
        sim.faults().add(FaultRule.when(Trigger.afterAudioDeltas(3)).then(FaultAction.drop()));
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"response.create\"}");
            Throwable failure = client.awaitFailure();
            assertNotNull(failure);
            assertFalse(client.closing.isDone(), "no close frame");
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            session.awaitClosed(Duration.ofSeconds(5));
            assertEquals(3, session.sentOfType("response.output_audio.delta").size());
            assertTrue(session.sentOfType("response.done").isEmpty());
        }
    }

    @Test
    void closeWithCodeAndReasonOnClientEvent() {
        sim.faults().when(Trigger.onClientEvent("response.create"), FaultAction.close(1011, "simulated outage"));
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"response.create\"}");
            TestClient.CloseInfo close = client.awaitClosing();
            assertEquals(1011, close.code);
            assertEquals("simulated outage", close.reason);
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            session.awaitClosed(Duration.ofSeconds(5));
            assertTrue(session.sentOfType("response.created").isEmpty(), "the triggering event was not handled");
            assertEquals(1, session.receivedOfType("response.create").size());
        }
    }

    @Test
    void delayOutboundHoldsEventsBackInOrder() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.await("conversation.created");
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            session.inject(FaultAction.delayOutbound(Duration.ofMillis(300)));
            long start = System.nanoTime();
            client.send("{\"type\":\"response.create\"}");
            List<JsonNode> events = client.until("response.done");
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsed >= 280, "took " + elapsed + " ms");
            assertEquals("response.created", events.get(0).path("type").asText());
            session.inject(FaultAction.delayOutbound(Duration.ZERO));
        }
    }

    @Test
    void sendErrorAndRawTextReachTheClient() throws Exception {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.await("conversation.created");
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            session.inject(FaultAction.sendError("server_error", "server_error", "Something broke."));
            JsonNode error = client.next();
            assertEquals("error", error.path("type").asText());
            assertEquals("Something broke.", error.path("error").path("message").asText());
            session.sendRaw("{\"type\":\"response.output_audio.delta\",\"delta\":");
            assertEquals("{\"type\":\"response.output_audio.delta\",\"delta\":", client.nextRaw());
            assertTrue(session.sentEvents().get(session.sentEvents().size() - 1).json() == null);
        }
    }

    @Test
    void handshakeRefusalsAnswerWithHttpStatusAndJsonBody() throws Exception {
        sim.faults().refuseHandshakes(1, 503).refuseHandshakes(1,
                HandshakeRefusal.of(429).withHeader("Retry-After", "1"));
        try (TestClient first = TestClient.connect(sim.wsUrl("gpt-realtime-2"), "k")) {
            first.awaitFailure();
            assertEquals(503, first.failureResponse.get().code());
            JsonNode body = Json.parse(first.failureBody.get());
            assertEquals("service_unavailable", body.path("error").path("code").asText());
        }
        try (TestClient second = TestClient.connect(sim.wsUrl("gpt-realtime-2"), "k")) {
            second.awaitFailure();
            assertEquals(429, second.failureResponse.get().code());
            assertEquals("1", second.failureResponse.get().header("Retry-After"));
            assertEquals("rate_limit_exceeded", Json.parse(second.failureBody.get()).path("error").path("code")
                    .asText());
        }
        try (TestClient third = TestClient.open(sim.simulator())) {
            assertNotNull(third.opened.get());
        }
        List<HandshakeInfo> handshakes = sim.handshakes();
        assertEquals(List.of(503, 429, 101), handshakes.stream().map(HandshakeInfo::status).toList());
    }

    @Test
    void sessionExpirySendsTheServiceErrorThenCloses() {
        try (RealtimeSimulator shortLived = RealtimeSimulator.builder()
                .sessionMaxDuration(Duration.ofMillis(300)).build().start();
             TestClient client = TestClient.connect(shortLived.wsUrl("gpt-realtime-2"), "k")) {
            JsonNode created = client.await("session.created");
            long expiresAt = created.path("session").path("expires_at").asLong();
            assertTrue(expiresAt - System.currentTimeMillis() / 1000 <= 2);
            JsonNode error = client.await("error").path("error");
            assertEquals("session_expired", error.path("code").asText());
            assertEquals("invalid_request_error", error.path("type").asText());
            assertEquals("Your session hit the maximum duration of 60 minutes.", error.path("message").asText());
            assertEquals(1000, client.awaitClosing().code);
        }
    }

    @Test
    void expireSessionOnDemandAndPerSessionRulesOnServerEvents() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            session.faults().add(FaultRule.when(Trigger.afterServerEvent("response.created", 1))
                    .then(FaultAction.expireSession()));
            client.send("{\"type\":\"response.create\"}");
            client.await("response.created");
            JsonNode next = client.await("error");
            assertEquals("session_expired", next.path("error").path("code").asText());
            client.awaitClosing();
        }
    }

    @Test
    void delayedTriggerFiresOnItsOwn() {
        sim.faults().add(FaultRule.when(Trigger.after(Duration.ofMillis(150)))
                .then(FaultAction.sendError("server_error", null, "late")));
        try (TestClient client = TestClient.open(sim.simulator())) {
            assertEquals("late", client.await("error").path("error").path("message").asText());
        }
    }
}
