package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientErrorsTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().build();

    @Test
    void unknownEventTypeListsTheSupportedValues() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"scooby.dooby.doo\",\"event_id\":\"evt_1\"}");
            JsonNode error = client.await("error");
            assertTrue(error.path("event_id").asText().startsWith("event_"));
            JsonNode e = error.path("error");
            assertEquals("invalid_request_error", e.path("type").asText());
            assertEquals("invalid_value", e.path("code").asText());
            assertEquals("type", e.path("param").asText());
            assertEquals("evt_1", e.path("event_id").asText());
            assertEquals("Invalid value: 'scooby.dooby.doo'. Supported values are: 'session.update', "
                    + "'input_audio_buffer.append', 'input_audio_buffer.commit', 'input_audio_buffer.clear', "
                    + "'conversation.item.create', 'conversation.item.truncate', 'conversation.item.delete', "
                    + "'conversation.item.retrieve', 'response.create', 'response.cancel', and "
                    + "'output_audio_buffer.clear'.", e.path("message").asText());
        }
    }

    @Test
    void malformedEventsGetInvalidEvent() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{not json");
            JsonNode e = client.await("error").path("error");
            assertEquals("invalid_event", e.path("code").asText());
            assertTrue(e.path("event_id").isNull());

            client.send("{\"event_id\":\"e2\"}");
            e = client.await("error").path("error");
            assertEquals("invalid_event", e.path("code").asText());
            assertEquals("The 'type' field is missing.", e.path("message").asText());
            assertEquals("e2", e.path("event_id").asText());

            client.send("[1,2]");
            assertEquals("invalid_event", client.await("error").path("error").path("code").asText());

            client.send("{\"type\":\"response.create\",\"response\":{\"modalities\":[\"text\"]}}");
            e = client.await("error").path("error");
            assertEquals("unknown_parameter", e.path("code").asText());
            assertEquals("response.modalities", e.path("param").asText());
        }
    }

    @Test
    void invalidBase64AudioIsRefused() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"input_audio_buffer.append\",\"audio\":\"%%%not-base64%%%\",\"event_id\":\"a9\"}");
            JsonNode e = client.await("error").path("error");
            assertEquals("invalid_value", e.path("code").asText());
            assertEquals("Invalid 'audio'. Expected base64-encoded audio bytes (mono PCM16 at 24kHz) but got an "
                    + "invalid value.", e.path("message").asText());
            assertEquals("a9", e.path("event_id").asText());
        }
    }

    @Test
    void outputAudioBufferClearIsWebRtcOnly() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"output_audio_buffer.clear\"}");
            JsonNode e = client.await("error").path("error");
            assertTrue(e.path("message").asText().startsWith("output_audio_buffer.clear is only supported for "
                    + "WebRTC and SIP sessions."));
        }
    }

    @Test
    void responseOverridesAreHonoured() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"id\":\"q1\",\"type\":\"message\","
                    + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Is this sales?\"}]}}");
            client.await("conversation.item.done");
            client.send("{\"type\":\"response.create\",\"response\":{\"conversation\":\"none\","
                    + "\"output_modalities\":[\"text\"],\"metadata\":{\"purpose\":\"classification\"},"
                    + "\"instructions\":\"Classify.\",\"input\":[{\"type\":\"item_reference\",\"id\":\"q1\"},"
                    + "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\","
                    + "\"text\":\"One word.\"}]}]}}");
            JsonNode done = client.await("response.done").path("response");
            assertEquals("classification", done.path("metadata").path("purpose").asText());
            assertTrue(!done.has("conversation_id"));
            assertEquals("output_text", done.path("output").get(0).path("content").get(0).path("type").asText());
            assertTrue(done.path("usage").path("input_token_details").path("text_tokens").asInt() > 0);

            client.send("{\"type\":\"response.create\",\"response\":{\"input\":[{\"type\":\"item_reference\","
                    + "\"id\":\"missing\"}]}}");
            JsonNode e = client.await("error").path("error");
            assertEquals("item_not_found", e.path("code").asText());
            assertEquals("response.input[0].id", e.path("param").asText());

            client.send("{\"type\":\"response.create\",\"response\":{\"audio\":{\"output\":{\"format\":"
                    + "{\"type\":\"audio/pcma\"},\"voice\":\"verse\"}}}}");
            java.util.List<JsonNode> events = client.until("response.done");
            JsonNode response = VadTest.last(events, "response.done").path("response");
            assertEquals("verse", response.path("audio").path("output").path("voice").asText());
            assertEquals(1500.0, TestAudio.deltaMillis(events, 8), 0.001, "A-law at 8 bytes per ms");
            assertTrue(response.path("conversation_id").asText().startsWith("conv_"));
        }
    }
}
