package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Push-to-talk: turn_detection null, client commits and creates responses; one active response at a time. */
class ManualTurnTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey("sk-test").build();

    @RegisterExtension
    RealtimeSimulatorExtension slow = RealtimeSimulatorExtension.builder().pace(Pace.REALTIME).build();

    static void vadOff(TestClient client) {
        client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                + "{\"turn_detection\":null}}}}");
        JsonNode updated = client.await("session.updated");
        assertTrue(updated.path("session").path("audio").path("input").path("turn_detection").isNull());
    }

    @Test
    void commitBelow100msIsRefusedWithTheServiceMessage() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            vadOff(client);
            client.send("{\"type\":\"input_audio_buffer.commit\",\"event_id\":\"c0\"}");
            JsonNode error = client.await("error").path("error");
            assertEquals("input_audio_buffer_commit_empty", error.path("code").asText());
            assertEquals("Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, "
                    + "but buffer only has 0.00ms of audio.", error.path("message").asText());
            assertEquals("c0", error.path("event_id").asText());

            TestAudio.appendEvents(TestAudio.pcmTone(440, 50), 48, 50).forEach(client::send);
            client.send("{\"type\":\"input_audio_buffer.commit\"}");
            assertEquals("Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, "
                    + "but buffer only has 50.00ms of audio.", client.await("error").path("error").path("message")
                    .asText());

            TestAudio.appendEvents(TestAudio.pcmTone(440, 60), 48, 60).forEach(client::send);
            client.send("{\"type\":\"input_audio_buffer.commit\"}");
            JsonNode committed = client.await("input_audio_buffer.committed");
            assertTrue(committed.path("previous_item_id").isNull());
            client.await("conversation.item.done");
            client.send("{\"type\":\"response.create\"}");
            JsonNode done = client.await("response.done");
            assertEquals("completed", done.path("response").path("status").asText());
            // 110 ms were committed: ceil(110 / 100) audio input tokens
            assertEquals(2, done.path("response").path("usage").path("input_token_details").path("audio_tokens")
                    .asInt());
        }
    }

    @Test
    void clearEmptiesTheBuffer() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            vadOff(client);
            TestAudio.appendEvents(TestAudio.pcmTone(440, 300), 48, 100).forEach(client::send);
            client.send("{\"type\":\"input_audio_buffer.clear\"}");
            client.await("input_audio_buffer.cleared");
            client.send("{\"type\":\"input_audio_buffer.commit\"}");
            assertEquals("input_audio_buffer_commit_empty", client.await("error").path("error").path("code")
                    .asText());
        }
    }

    @Test
    void secondResponseCreateWhileActiveIsRefused() {
        try (TestClient client = TestClient.connect(slow.wsUrl("gpt-realtime-2"), "sk-x")) {
            client.await("session.created");
            client.send("{\"type\":\"response.create\"}");
            String id = client.await("response.created").path("response").path("id").asText();
            client.send("{\"type\":\"response.create\",\"event_id\":\"rc2\"}");
            JsonNode error = client.await("error").path("error");
            assertEquals("conversation_already_has_active_response", error.path("code").asText());
            assertEquals("Conversation already has an active response in progress: " + id
                    + ". Wait until the response is finished before creating a new response.",
                    error.path("message").asText());
            assertEquals("rc2", error.path("event_id").asText());
            assertEquals("invalid_request_error", error.path("type").asText());
            // an out-of-band response may run alongside
            client.send("{\"type\":\"response.create\",\"response\":{\"conversation\":\"none\","
                    + "\"output_modalities\":[\"text\"],\"metadata\":{\"purpose\":\"classify\"}}}");
            JsonNode oob = client.await("response.created").path("response");
            assertTrue(!oob.has("conversation_id") || oob.path("conversation_id").isNull());
        }
    }

    @Test
    void cancelStopsTheStreamWithDoneEventsAndCancelledStatus() {
        try (TestClient client = TestClient.connect(slow.wsUrl("gpt-realtime-2"), "sk-x")) {
            client.await("session.created");
            client.send("{\"type\":\"response.create\"}");
            client.await("response.output_audio.delta");
            client.send("{\"type\":\"response.cancel\"}");
            List<JsonNode> events = client.until("response.done");
            List<String> types = TestClient.types(events);
            int firstDone = types.indexOf("response.output_audio.done");
            assertEquals(List.of("response.output_audio.done", "response.output_audio_transcript.done",
                    "response.content_part.done", "response.output_item.done", "conversation.item.done",
                    "response.done"), types.subList(firstDone, types.size()));
            JsonNode response = VadTest.last(events, "response.done").path("response");
            assertEquals("cancelled", response.path("status").asText());
            assertEquals("cancelled", response.path("status_details").path("type").asText());
            assertEquals("client_cancelled", response.path("status_details").path("reason").asText());
            assertTrue(response.path("usage").path("output_tokens").asInt() >= 1);

            client.send("{\"type\":\"response.cancel\",\"event_id\":\"x1\"}");
            JsonNode error = client.await("error").path("error");
            assertEquals("response_cancel_not_active", error.path("code").asText());
            assertEquals("Cancellation failed: no active response found", error.path("message").asText());
            assertEquals("x1", error.path("event_id").asText());
        }
    }

    @Test
    void realtimePacingReleasesAudioAtPlaybackSpeed() {
        try (TestClient client = TestClient.connect(slow.wsUrl("gpt-realtime-2"), "sk-x")) {
            client.await("session.created");
            long start = System.nanoTime();
            client.send("{\"type\":\"response.create\"}");
            List<JsonNode> events = client.until("response.done");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1500.0, TestAudio.deltaMillis(events, 48), 0.001);
            // the last 40 ms chunk is due at 1460 ms
            assertTrue(elapsedMs >= 1400, "took " + elapsedMs + " ms");
            assertTrue(elapsedMs < 4000, "took " + elapsedMs + " ms");
        }
        slow.awaitSessions(1, Duration.ofSeconds(1));
    }
}
