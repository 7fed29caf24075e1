package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VadTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey("sk-test").build();

    /** 300 ms silence, 1 s of 1 kHz, 800 ms silence — at 24 kHz PCM16, sent in 20 ms appends. */
    private static void speakPcm(TestClient client) {
        byte[] audio = TestAudio.concat(TestAudio.pcmSilence(300), TestAudio.pcmTone(1000, 1000),
                TestAudio.pcmSilence(800));
        TestAudio.appendEvents(audio, 48, 20).forEach(client::send);
    }

    @Test
    void speechTurnProducesTheServiceSequenceAndExactTimestamps() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            speakPcm(client);
            List<JsonNode> events = client.until("response.done");

            JsonNode started = first(events, "input_audio_buffer.speech_started");
            JsonNode stopped = first(events, "input_audio_buffer.speech_stopped");
            JsonNode committed = first(events, "input_audio_buffer.committed");
            assertEquals(0, started.path("audio_start_ms").asInt(), "300 ms of speech onset minus 300 ms padding");
            assertEquals(1800, stopped.path("audio_end_ms").asInt(), "1300 ms speech end plus 500 ms silence");
            String itemId = started.path("item_id").asText();
            assertTrue(itemId.startsWith("item_"));
            assertEquals(itemId, stopped.path("item_id").asText());
            assertEquals(itemId, committed.path("item_id").asText());
            assertTrue(committed.path("previous_item_id").isNull());
            JsonNode userItem = first(events, "conversation.item.added").path("item");
            assertEquals(itemId, userItem.path("id").asText());
            assertEquals("user", userItem.path("role").asText());
            assertEquals("input_audio", userItem.path("content").get(0).path("type").asText());
            assertFalse(userItem.path("content").get(0).has("audio"), "added/done never carry audio bytes");

            assertEquals(List.of("session.created", "conversation.created",
                    "input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped",
                    "input_audio_buffer.committed", "conversation.item.added", "conversation.item.done",
                    "response.created", "rate_limits.updated", "response.output_item.added",
                    "conversation.item.added", "response.content_part.added",
                    "response.output_audio_transcript.delta", "response.output_audio.delta",
                    "response.output_audio_transcript.delta", "response.output_audio.delta",
                    "response.output_audio_transcript.delta", "response.output_audio.delta",
                    "response.output_audio.done", "response.output_audio_transcript.done",
                    "response.content_part.done", "response.output_item.done", "conversation.item.done",
                    "response.done"), collapse(TestClient.types(client.consumed)));

            assertEquals(1500.0, TestAudio.deltaMillis(events, 48), 0.001, "all of the 1.5 s reply tone");
            JsonNode done = last(events, "response.done").path("response");
            assertEquals("completed", done.path("status").asText());
            assertEquals("I heard you.", done.path("output").get(0).path("content").get(0).path("transcript")
                    .asText());
            JsonNode usage = done.path("usage");
            assertEquals(30, usage.path("output_token_details").path("audio_tokens").asInt(), "1500 ms / 50 ms");
            assertEquals(usage.path("input_tokens").asInt() + usage.path("output_tokens").asInt(),
                    usage.path("total_tokens").asInt());
            assertEquals(18, usage.path("input_token_details").path("audio_tokens").asInt(), "1800 ms / 100 ms");
        }
    }

    @Test
    void prefixPaddingMovesAudioStartEarlierButNotBelowZero() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                    + "{\"turn_detection\":{\"type\":\"server_vad\",\"prefix_padding_ms\":100,"
                    + "\"silence_duration_ms\":200,\"create_response\":false}}}}}");
            client.await("session.updated");
            speakPcm(client);
            assertEquals(200, client.await("input_audio_buffer.speech_started").path("audio_start_ms").asInt());
            assertEquals(1500, client.await("input_audio_buffer.speech_stopped").path("audio_end_ms").asInt());
            client.await("conversation.item.done");
            client.assertQuiet(Duration.ofMillis(200)); // create_response false: no response
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pcmuInputAndOutputWork() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{"
                    + "\"input\":{\"format\":{\"type\":\"audio/pcmu\"}},"
                    + "\"output\":{\"format\":{\"type\":\"audio/pcmu\"}}}}}");
            JsonNode updated = client.await("session.updated").path("session").path("audio");
            assertEquals("{\"type\":\"audio/pcmu\"}", updated.path("input").path("format").toString());
            byte[] audio = TestAudio.concat(TestAudio.ulawSilence(300), TestAudio.ulawTone(1000, 1000),
                    TestAudio.ulawSilence(800));
            TestAudio.appendEvents(audio, 8, 20).forEach(client::send);
            assertEquals(0, client.await("input_audio_buffer.speech_started").path("audio_start_ms").asInt());
            assertEquals(1800, client.await("input_audio_buffer.speech_stopped").path("audio_end_ms").asInt());
            List<JsonNode> events = client.until("response.done");
            assertEquals(1500.0, TestAudio.deltaMillis(events, 8), 0.001);
            assertEquals("audio/pcmu", last(events, "response.done").path("response").path("audio").path("output")
                    .path("format").path("type").asText());
        }
    }

    @Test
    void transcriptionEventsFollowTheCommitWhenConfigured() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                    + "{\"transcription\":{\"model\":\"gpt-4o-transcribe\"}}}}}");
            client.await("session.updated");
            speakPcm(client);
            String itemId = client.await("input_audio_buffer.committed").path("item_id").asText();
            JsonNode delta = client.await("conversation.item.input_audio_transcription.delta");
            assertEquals(itemId, delta.path("item_id").asText());
            JsonNode completed = client.await("conversation.item.input_audio_transcription.completed");
            assertEquals(Scenario.DEFAULT_USER_TRANSCRIPT, completed.path("transcript").asText());
            assertEquals(0, completed.path("content_index").asInt());
            assertEquals("tokens", completed.path("usage").path("type").asText());
            assertEquals(18, completed.path("usage").path("input_tokens").asInt());
            client.await("response.done");
            client.send("{\"type\":\"conversation.item.retrieve\",\"item_id\":\"" + itemId + "\"}");
            JsonNode retrieved = client.await("conversation.item.retrieved").path("item");
            assertEquals(Scenario.DEFAULT_USER_TRANSCRIPT, retrieved.path("content").get(0).path("transcript")
                    .asText());
            int audioBytes = java.util.Base64.getDecoder().decode(retrieved.path("content").get(0).path("audio")
                    .asText()).length;
            assertEquals(1800 * 48, audioBytes, "the committed buffer: everything up to the end of speech_stopped");
        }
    }

    @Test
    void semanticVadEndsTheTurnAfterItsEagernessSilence() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                    + "{\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"high\"}}}}}");
            client.await("session.updated");
            speakPcm(client);
            assertEquals(1600, client.await("input_audio_buffer.speech_stopped").path("audio_end_ms").asInt());
        }
    }

    @Test
    void bargeInCancelsTheActiveResponse() throws Exception {
        try (RealtimeSimulator realtime = RealtimeSimulator.builder().pace(Pace.REALTIME).build().start();
             TestClient client = TestClient.connect(realtime.wsUrl("gpt-realtime-2"), "sk-any")) {
            client.await("session.created");
            speakPcm(client);
            String responseId = client.await("response.created").path("response").path("id").asText();
            client.await("response.output_audio.delta");
            TestAudio.appendEvents(TestAudio.pcmTone(800, 200), 48, 20).forEach(client::send);
            List<JsonNode> events = client.until("response.done");
            assertTrue(TestClient.types(events).contains("input_audio_buffer.speech_started"));
            int startedAt = TestClient.types(events).indexOf("input_audio_buffer.speech_started");
            List<String> after = TestClient.types(events).subList(startedAt, events.size());
            assertEquals(List.of("input_audio_buffer.speech_started", "response.output_audio.done",
                    "response.output_audio_transcript.done", "response.content_part.done",
                    "response.output_item.done", "conversation.item.done", "response.done"), after);
            JsonNode response = last(events, "response.done").path("response");
            assertEquals(responseId, response.path("id").asText());
            assertEquals("cancelled", response.path("status").asText());
            assertEquals("turn_detected", response.path("status_details").path("reason").asText());
            assertEquals("incomplete", response.path("output").get(0).path("status").asText());
            assertTrue(TestAudio.deltaMillis(events, 48) < 1500, "the reply was cut short");
        }
    }

    static JsonNode first(List<JsonNode> events, String type) {
        for (JsonNode e : events) {
            if (type.equals(e.path("type").asText())) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " in " + TestClient.types(events));
    }

    static JsonNode last(List<JsonNode> events, String type) {
        JsonNode found = null;
        for (JsonNode e : events) {
            if (type.equals(e.path("type").asText())) {
                found = e;
            }
        }
        if (found == null) {
            throw new AssertionError("no " + type + " in " + TestClient.types(events));
        }
        return found;
    }

    /** Collapses each run of the same delta type to one entry, so the expected sequence stays readable. */
    static List<String> collapse(List<String> types) {
        List<String> out = new ArrayList<>();
        for (String t : types) {
            if (t.endsWith(".delta") && !out.isEmpty() && out.get(out.size() - 1).equals(t)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
