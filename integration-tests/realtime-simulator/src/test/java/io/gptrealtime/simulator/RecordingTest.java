package io.gptrealtime.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingTest {

    @Test
    void everyMessageIsRecordedWithItsDirectionTimeAndTree() {
        try (RealtimeSimulator sim = RealtimeSimulator.builder().build().start();
             TestClient client = TestClient.open(sim)) {
            client.send("{\"type\":\"response.create\",\"event_id\":\"r1\"}");
            client.await("response.done");
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            List<RecordedEvent> creates = session.awaitReceived("response.create", 1, Duration.ofSeconds(5));
            RecordedEvent create = creates.get(0);
            assertEquals(RecordedEvent.Direction.RECEIVED, create.direction());
            assertEquals("{\"type\":\"response.create\",\"event_id\":\"r1\"}", create.raw());
            assertEquals("r1", create.json().path("event_id").asText());
            assertNotNull(create.time());

            List<RecordedEvent> sent = session.sentEvents();
            assertEquals("session.created", sent.get(0).type());
            assertEquals("conversation.created", sent.get(1).type());
            RecordedEvent done = session.awaitSent("response.done", Duration.ofSeconds(5));
            assertEquals("completed", done.json().path("response").path("status").asText());
            assertTrue(done.sequence() > create.sequence());
            for (RecordedEvent e : session.sentEvents()) {
                assertTrue(RealtimeSimulator.SERVER_EVENT_TYPES.contains(e.type()), e.type());
            }
            assertTrue(session.recordingOverflow().isEmpty());
            AssertionError timeout = assertThrows(AssertionError.class,
                    () -> session.awaitReceived("session.update", 1, Duration.ofMillis(100)));
            assertTrue(timeout.getMessage().contains("RECEIVED response.create"), timeout.getMessage());
        }
    }

    @Test
    void recordingIsBoundedWithAClearNote() {
        try (RealtimeSimulator sim = RealtimeSimulator.builder().maxRecordedEventsPerSession(10).build().start();
             TestClient client = TestClient.open(sim)) {
            client.send("{\"type\":\"response.create\"}");
            client.await("response.done");
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            assertEquals(10, session.events().size());
            String note = session.recordingOverflow().orElseThrow();
            assertTrue(note.startsWith("recording stopped after 10 messages"), note);
            AssertionError error = assertThrows(AssertionError.class,
                    () -> session.awaitSent("response.done", 1, Duration.ofMillis(100)));
            assertTrue(error.getMessage().contains("recording stopped"), error.getMessage());
        }
    }

    @Test
    void awaitSessionsTimesOutWithTheHandshakeLog() {
        try (RealtimeSimulator sim = RealtimeSimulator.builder().build().start()) {
            AssertionError error = assertThrows(AssertionError.class,
                    () -> sim.awaitSessions(1, Duration.ofMillis(100)));
            assertTrue(error.getMessage().contains("0 connected"));
        }
    }
}
