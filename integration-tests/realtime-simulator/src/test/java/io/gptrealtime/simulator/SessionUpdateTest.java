package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionUpdateTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().build();

    private static JsonNode update(TestClient client, String session) {
        client.send("{\"type\":\"session.update\",\"event_id\":\"u1\",\"session\":" + session + "}");
        JsonNode reply = client.next();
        while ("conversation.created".equals(reply.path("type").asText())) {
            reply = client.next();
        }
        return reply;
    }

    @Test
    void partialUpdatesMergeAndReturnTheFullEffectiveSession() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            JsonNode s = update(client, "{\"type\":\"realtime\",\"instructions\":\"Be brief.\"}");
            assertEquals("session.updated", s.path("type").asText());
            JsonNode session = s.path("session");
            assertEquals("Be brief.", session.path("instructions").asText());
            assertEquals("marin", session.path("audio").path("output").path("voice").asText());
            assertEquals("server_vad", session.path("audio").path("input").path("turn_detection").path("type")
                    .asText());

            session = update(client, "{\"type\":\"realtime\",\"audio\":{\"input\":{\"turn_detection\":"
                    + "{\"type\":\"server_vad\",\"threshold\":0.7}},\"output\":{\"voice\":\"cedar\",\"speed\":1.2}},"
                    + "\"tools\":[{\"type\":\"function\",\"name\":\"lookup\",\"parameters\":{\"type\":\"object\"}}]}")
                    .path("session");
            JsonNode td = session.path("audio").path("input").path("turn_detection");
            assertEquals(0.7, td.path("threshold").asDouble());
            assertEquals(300, td.path("prefix_padding_ms").asInt(), "untouched fields survive a partial update");
            assertEquals("cedar", session.path("audio").path("output").path("voice").asText());
            assertEquals(1.2, session.path("audio").path("output").path("speed").asDouble());
            assertEquals("Be brief.", session.path("instructions").asText());
            assertEquals("lookup", session.path("tools").get(0).path("name").asText());

            session = update(client, "{\"type\":\"realtime\",\"audio\":{\"input\":{\"noise_reduction\":"
                    + "{\"type\":\"near_field\"},\"transcription\":{\"model\":\"whisper-1\"}}}}").path("session");
            assertEquals("near_field", session.path("audio").path("input").path("noise_reduction").path("type")
                    .asText());
            session = update(client, "{\"type\":\"realtime\",\"tools\":[],\"audio\":{\"input\":{\"turn_detection\":"
                    + "null,\"noise_reduction\":null,\"transcription\":null}}}").path("session");
            JsonNode in = session.path("audio").path("input");
            assertTrue(in.path("turn_detection").isNull(), "explicit null clears turn detection");
            assertFalse(in.has("noise_reduction") && !in.path("noise_reduction").isNull());
            assertFalse(in.has("transcription") && !in.path("transcription").isNull());
            assertEquals(0, session.path("tools").size());
            assertEquals("Be brief.", session.path("instructions").asText());

            SimulatedSession recorded = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            assertTrue(recorded.effectiveSession().path("audio").path("input").path("turn_detection").isNull());
        }
    }

    @Test
    void invalidUpdatesAreRefusedWithTheServiceErrors() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            JsonNode e = update(client, "{\"instructions\":\"x\"}").path("error");
            assertEquals("missing_required_parameter", e.path("code").asText());
            assertEquals("Missing required parameter: 'session.type'.", e.path("message").asText());
            assertEquals("session.type", e.path("param").asText());
            assertEquals("u1", e.path("event_id").asText());

            e = update(client, "{\"type\":\"realtime\",\"temperature\":0.8}").path("error");
            assertEquals("unknown_parameter", e.path("code").asText());
            assertEquals("Unknown parameter: 'session.temperature'.", e.path("message").asText());
            assertEquals("session.temperature", e.path("param").asText());

            e = update(client, "{\"type\":\"realtime\",\"audio\":{\"input\":{\"transcription\":{\"model\":\"whisper-1\","
                    + "\"delay\":\"bogus\"}}}}").path("error");
            assertEquals("invalid_value", e.path("code").asText());
            assertEquals("Invalid value: 'bogus'. Supported values are: 'minimal', 'low', 'medium', 'high', and "
                    + "'xhigh'.", e.path("message").asText());
            assertEquals("session.audio.input.transcription.delay", e.path("param").asText());

            e = update(client, "{\"type\":\"realtime\",\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\","
                    + "\"rate\":16000}}}}").path("error");
            assertTrue(e.path("message").asText().contains("Expected a value >= 24000"));

            e = update(client, "{\"type\":\"realtime\",\"model\":\"gpt-realtime-mini\"}").path("error");
            assertEquals("session.model", e.path("param").asText());

            e = update(client, "{\"type\":\"realtime\",\"output_modalities\":[\"audio\",\"text\"]}").path("error");
            assertEquals("session.output_modalities", e.path("param").asText());

            e = update(client, "{\"type\":\"transcription\"}").path("error");
            assertEquals("session.type", e.path("param").asText());

            // nothing of the rejected updates was applied
            JsonNode s = update(client, "{\"type\":\"realtime\"}").path("session");
            assertEquals("[\"audio\"]", s.path("output_modalities").toString());
            assertEquals(24000, s.path("audio").path("input").path("format").path("rate").asInt());
        }
    }

    @Test
    void voiceIsLockedOnceAudioWasProduced() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            assertEquals("session.updated", update(client, "{\"type\":\"realtime\",\"audio\":{\"output\":"
                    + "{\"voice\":\"cedar\"}}}").path("type").asText());
            client.send("{\"type\":\"response.create\"}");
            client.await("response.done");
            JsonNode e = update(client, "{\"type\":\"realtime\",\"audio\":{\"output\":{\"voice\":\"alloy\"}}}");
            while (!"error".equals(e.path("type").asText())) {
                e = client.next();
            }
            assertEquals("cannot_update_voice", e.path("error").path("code").asText());
            assertEquals("session.updated", update(client, "{\"type\":\"realtime\",\"audio\":{\"output\":"
                    + "{\"voice\":\"cedar\"}}}").path("type").asText(), "the same voice is fine");
        }
    }

    @Test
    void transcriptionSessionsTakeTranscriptionUpdates() {
        try (TestClient client = TestClient.connect(sim.wsUrl() + "?intent=transcription", "k")) {
            client.await("session.created");
            JsonNode s = update(client, "{\"type\":\"transcription\",\"audio\":{\"input\":{\"transcription\":"
                    + "{\"model\":\"gpt-live-transcribe\"},\"turn_detection\":null}}}");
            assertEquals("session.updated", s.path("type").asText());
            assertEquals("gpt-live-transcribe", s.path("session").path("audio").path("input")
                    .path("transcription").path("model").asText());
            TestAudio.appendEvents(TestAudio.pcmTone(440, 1200), 48, 100).forEach(client::send);
            client.send("{\"type\":\"input_audio_buffer.commit\"}");
            client.await("input_audio_buffer.committed");
            JsonNode completed = client.await("conversation.item.input_audio_transcription.completed");
            assertEquals("duration", completed.path("usage").path("type").asText());
            assertEquals(2, completed.path("usage").path("seconds").asInt(), "ceil(1.2 s)");
            client.send("{\"type\":\"response.create\"}");
            assertEquals("error", client.await("error").path("type").asText());
        }
    }
}
