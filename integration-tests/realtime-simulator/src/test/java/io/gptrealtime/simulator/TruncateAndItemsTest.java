package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruncateAndItemsTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().build();

    private static String assistantAudioItem(TestClient client) {
        client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                + "\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}}");
        client.await("conversation.item.done");
        client.send("{\"type\":\"response.create\"}");
        JsonNode done = client.await("response.done");
        return done.path("response").path("output").get(0).path("id").asText();
    }

    @Test
    void truncateBeyondTheAudioSentIsRefused() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            String itemId = assistantAudioItem(client);
            client.send("{\"type\":\"conversation.item.truncate\",\"event_id\":\"t1\",\"item_id\":\"" + itemId
                    + "\",\"content_index\":0,\"audio_end_ms\":2000}");
            JsonNode error = client.await("error").path("error");
            assertEquals("invalid_request_error", error.path("type").asText());
            assertEquals("invalid_value", error.path("code").asText());
            assertEquals("Audio content of 1500ms is already shorter than 2000ms", error.path("message").asText());
            assertEquals("t1", error.path("event_id").asText());
        }
    }

    @Test
    void truncateWithinTheAudioIsAcknowledgedAndShortensRetrieve() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            String itemId = assistantAudioItem(client);
            client.send("{\"type\":\"conversation.item.truncate\",\"item_id\":\"" + itemId
                    + "\",\"content_index\":0,\"audio_end_ms\":1500}");
            assertEquals(1500, client.await("conversation.item.truncated").path("audio_end_ms").asInt());
            client.send("{\"type\":\"conversation.item.truncate\",\"item_id\":\"" + itemId
                    + "\",\"content_index\":0,\"audio_end_ms\":600}");
            JsonNode truncated = client.await("conversation.item.truncated");
            assertEquals(itemId, truncated.path("item_id").asText());
            assertEquals(0, truncated.path("content_index").asInt());
            assertEquals(600, truncated.path("audio_end_ms").asInt());
            client.send("{\"type\":\"conversation.item.retrieve\",\"item_id\":\"" + itemId + "\"}");
            JsonNode part = client.await("conversation.item.retrieved").path("item").path("content").get(0);
            assertEquals("output_audio", part.path("type").asText());
            assertEquals(600 * 48, Base64.getDecoder().decode(part.path("audio").asText()).length);
            assertEquals("", part.path("transcript").asText());
        }
    }

    @Test
    void onlyAssistantAudioCanBeTruncated() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"id\":\"msg_user_1\",\"type\":\"message\","
                    + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}}");
            client.await("conversation.item.done");
            client.send("{\"type\":\"conversation.item.truncate\",\"item_id\":\"msg_user_1\",\"content_index\":0,"
                    + "\"audio_end_ms\":0}");
            JsonNode error = client.await("error").path("error");
            assertEquals("unsupported_content_type", error.path("code").asText());
            assertEquals("Only model output audio messages can be truncated", error.path("message").asText());
            client.send("{\"type\":\"conversation.item.truncate\",\"item_id\":\"nope\",\"content_index\":0,"
                    + "\"audio_end_ms\":0}");
            assertEquals("item_not_found", client.await("error").path("error").path("code").asText());
        }
    }

    @Test
    void itemsAreCreatedInsertedRetrievedAndDeleted() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"id\":\"a\",\"type\":\"message\","
                    + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"first\"}]}}");
            JsonNode added = client.await("conversation.item.added");
            assertTrue(added.path("previous_item_id").isNull());
            assertEquals("realtime.item", added.path("item").path("object").asText());
            assertEquals("completed", added.path("item").path("status").asText());
            client.await("conversation.item.done");

            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"id\":\"b\",\"type\":\"message\","
                    + "\"role\":\"system\",\"content\":[{\"type\":\"input_text\",\"text\":\"ctx\"}]}}");
            assertEquals("a", client.await("conversation.item.added").path("previous_item_id").asText());
            client.send("{\"type\":\"conversation.item.create\",\"previous_item_id\":\"root\",\"item\":{\"id\":\"c\","
                    + "\"type\":\"message\",\"role\":\"system\",\"content\":[{\"type\":\"input_text\",\"text\":\"x\"}]}}");
            assertTrue(client.await("conversation.item.added").path("previous_item_id").isNull());

            byte[] audio = TestAudio.pcmTone(440, 200);
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"id\":\"d\",\"type\":\"message\","
                    + "\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"audio\":\"" + TestAudio.b64(audio)
                    + "\"}]}}");
            JsonNode audioItem = client.await("conversation.item.done").path("item");
            assertFalse(audioItem.path("content").get(0).has("audio"), "no audio bytes in item events");
            client.send("{\"type\":\"conversation.item.retrieve\",\"item_id\":\"d\"}");
            JsonNode retrieved = client.await("conversation.item.retrieved").path("item");
            assertEquals(TestAudio.b64(audio), retrieved.path("content").get(0).path("audio").asText());

            client.send("{\"type\":\"conversation.item.create\",\"previous_item_id\":\"ghost\",\"item\":{"
                    + "\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"x\"}]}}");
            JsonNode error = client.await("error").path("error");
            assertEquals("item_not_found", error.path("code").asText());
            assertEquals("previous_item_id", error.path("param").asText());

            client.send("{\"type\":\"conversation.item.delete\",\"item_id\":\"b\"}");
            assertEquals("b", client.await("conversation.item.deleted").path("item_id").asText());
            client.send("{\"type\":\"conversation.item.delete\",\"item_id\":\"b\",\"event_id\":\"del2\"}");
            JsonNode notFound = client.await("error").path("error");
            assertEquals("Error deleting item: the item with id 'b' does not exist.", notFound.path("message").asText());
            assertEquals("del2", notFound.path("event_id").asText());

            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"assistant\","
                    + "\"content\":[{\"type\":\"output_audio\",\"audio\":\"AAAA\"}]}}");
            assertEquals("item.content[0].type", client.await("error").path("error").path("param").asText());
        }
    }
}
