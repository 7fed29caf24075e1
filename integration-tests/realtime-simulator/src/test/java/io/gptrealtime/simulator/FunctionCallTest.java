package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionCallTest {

    static final Scenario WEATHER = Scenario.builder()
            .turn(Turn.builder()
                    .userTranscript("What's the weather in Paris?")
                    .reply(Reply.builder().functionCall("get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}",
                            "call_weather_1").build())
                    .followUp(Reply.say("It is sunny in Paris, 24 degrees.",
                            AudioSource.tone(330, Duration.ofMillis(600))))
                    .build())
            .turn("Thanks!", Reply.builder().message("You're welcome.").usage(Usage.builder()
                    .inputTextTokens(100).cachedTextTokens(64).outputTextTokens(5).outputAudioTokens(20).build())
                    .build())
            .build();

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().scenario(WEATHER).build();

    private static void say(TestClient client, String text) {
        client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                + "\"content\":[{\"type\":\"input_text\",\"text\":\"" + text + "\"}]}}");
        client.await("conversation.item.done");
        client.send("{\"type\":\"response.create\"}");
    }

    @Test
    void callOutputFollowUpRoundTrip() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            ManualTurnTest.vadOff(client);
            say(client, "What's the weather in Paris?");
            List<JsonNode> first = client.until("response.done");
            assertEquals(List.of("response.created", "rate_limits.updated", "response.output_item.added",
                    "conversation.item.added", "response.function_call_arguments.delta",
                    "response.function_call_arguments.delta", "response.function_call_arguments.delta",
                    "response.function_call_arguments.done",
                    "response.output_item.done", "conversation.item.done", "response.done"),
                    TestClient.types(first));
            JsonNode added = VadTest.first(first, "response.output_item.added").path("item");
            assertEquals("function_call", added.path("type").asText());
            assertEquals("in_progress", added.path("status").asText());
            JsonNode argsDone = VadTest.first(first, "response.function_call_arguments.done");
            assertEquals("get_weather", argsDone.path("name").asText());
            assertEquals("call_weather_1", argsDone.path("call_id").asText());
            assertEquals("{\"city\":\"Paris\",\"unit\":\"celsius\"}", argsDone.path("arguments").asText());
            StringBuilder deltas = new StringBuilder();
            for (JsonNode e : first) {
                if ("response.function_call_arguments.delta".equals(e.path("type").asText())) {
                    deltas.append(e.path("delta").asText());
                    assertEquals("call_weather_1", e.path("call_id").asText());
                }
            }
            assertEquals(argsDone.path("arguments").asText(), deltas.toString());
            JsonNode output = VadTest.last(first, "response.done").path("response").path("output").get(0);
            assertEquals("completed", output.path("status").asText());
            assertEquals("get_weather", output.path("name").asText());

            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"function_call_output\","
                    + "\"call_id\":\"call_weather_1\",\"output\":\"{\\\"temp\\\":24}\"}}");
            JsonNode outputItem = client.await("conversation.item.done").path("item");
            assertEquals("function_call_output", outputItem.path("type").asText());
            client.send("{\"type\":\"response.create\"}");
            List<JsonNode> second = client.until("response.done");
            JsonNode message = VadTest.last(second, "response.done").path("response").path("output").get(0);
            assertEquals("It is sunny in Paris, 24 degrees.", message.path("content").get(0).path("transcript")
                    .asText());
            assertEquals(600.0, TestAudio.deltaMillis(second, 48), 0.001);

            say(client, "Thanks!");
            JsonNode usage = client.await("response.done").path("response").path("usage");
            assertEquals(125, usage.path("total_tokens").asInt());
            assertEquals(64, usage.path("input_token_details").path("cached_tokens").asInt());

            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            assertEquals(3, session.receivedOfType("response.create").size());
            assertTrue(session.receivedOfType("conversation.item.create").get(1).raw().contains("call_weather_1"));
        }
    }

    @Test
    void outputForAnUnknownCallIsRefused() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"function_call_output\","
                    + "\"call_id\":\"call_nope\",\"output\":\"{}\"}}");
            JsonNode error = client.await("error").path("error");
            assertEquals("No tool call found for function call output with call_id call_nope.",
                    error.path("message").asText());
        }
    }

    @Test
    void textModalityStreamsOutputText() {
        try (TestClient client = TestClient.open(sim.simulator())) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\","
                    + "\"output_modalities\":[\"text\"]}}");
            client.await("session.updated");
            client.send("{\"type\":\"response.create\"}"); // no input: takes the next (first) turn
            client.await("response.function_call_arguments.done");
            client.await("response.done");
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"function_call_output\","
                    + "\"call_id\":\"call_weather_1\",\"output\":\"24\"}}");
            client.send("{\"type\":\"response.create\"}");
            List<JsonNode> events = client.until("response.done");
            assertTrue(TestClient.types(events).contains("response.output_text.delta"));
            assertEquals("It is sunny in Paris, 24 degrees.", VadTest.first(events, "response.output_text.done")
                    .path("text").asText());
            assertEquals("text", VadTest.first(events, "response.content_part.added").path("part").path("type")
                    .asText());
            JsonNode response = VadTest.last(events, "response.done").path("response");
            assertEquals("[\"text\"]", response.path("output_modalities").toString());
            assertEquals("output_text", response.path("output").get(0).path("content").get(0).path("type").asText());
        }
    }
}
