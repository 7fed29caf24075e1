package io.gptrealtime.simulator;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives one session through every kind of server event the simulator can send and validates each event it sent
 * against its {@code RealtimeServerEvent*} schema in {@code spec/openai-openapi.yaml}.
 */
class SchemaConformanceTest {

    private static final Path SPEC = Path.of("../../spec/openai-openapi.yaml");
    private static SchemaRegistry registry;
    private static String specUri;
    /** event type → schema name, read from the spec's RealtimeServerEvent union. */
    private static final Map<String, String> SCHEMA_BY_TYPE = new HashMap<>();

    @BeforeAll
    static void loadSpec() throws Exception {
        assertTrue(Files.isRegularFile(SPEC), "spec not found at " + SPEC.toAbsolutePath());
        // Parsed with the YAML 1.1 parser (the validator's YAML 1.2 engine rejects one block scalar of the spec),
        // then served to the registry as JSON from memory under a made-up id.
        specUri = "https://spec.invalid/openai-openapi.json";
        String json = Json.write(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(SPEC.toFile()));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(specUri, json)));
        SCHEMA_BY_TYPE.putAll(schemasByType("RealtimeServerEvent"));
    }

    /** Event type → member schema name of one of the spec's event unions (anyOf of $refs with a type enum). */
    private static Map<String, String> schemasByType(String unionName) {
        Map<String, String> byType = new HashMap<>();
        Schema union = registry.getSchema(SchemaLocation.of(specUri + "#/components/schemas/" + unionName));
        for (tools.jackson.databind.JsonNode ref : union.getSchemaNode().path("anyOf")) {
            String name = ref.path("$ref").asString().replace("#/components/schemas/", "");
            Schema member = registry.getSchema(SchemaLocation.of(specUri + "#/components/schemas/" + name));
            for (tools.jackson.databind.JsonNode type : member.getSchemaNode().path("properties").path("type")
                    .path("enum")) {
                byType.put(type.asString(), name);
            }
        }
        return byType;
    }

    @Test
    void everyAdvertisedTypeIsInTheSpecUnion() {
        Set<String> missing = new TreeSet<>(RealtimeSimulator.SERVER_EVENT_TYPES);
        missing.removeAll(SCHEMA_BY_TYPE.keySet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void theValidatorCatchesViolations() {
        Schema speechStarted = registry.getSchema(SchemaLocation.of(specUri
                + "#/components/schemas/RealtimeServerEventInputAudioBufferSpeechStarted"));
        assertEquals(List.of(), speechStarted.validate("{\"type\":\"input_audio_buffer.speech_started\","
                + "\"event_id\":\"event_1\",\"audio_start_ms\":0,\"item_id\":\"item_1\"}", InputFormat.JSON));
        assertEquals(1, speechStarted.validate("{\"type\":\"input_audio_buffer.speech_started\","
                + "\"event_id\":\"event_1\",\"item_id\":\"item_1\"}", InputFormat.JSON).size());
        Schema created = registry.getSchema(SchemaLocation.of(specUri
                + "#/components/schemas/RealtimeServerEventResponseCreated"));
        // what wireNulls(true) sends, like the live service: the schema does not allow it
        assertTrue(!created.validate("{\"type\":\"response.created\",\"event_id\":\"event_1\",\"response\":"
                + "{\"object\":\"realtime.response\",\"id\":\"resp_1\",\"status\":\"in_progress\","
                + "\"status_details\":null,\"output\":[],\"usage\":null}}", InputFormat.JSON).isEmpty());
    }

    @Test
    void everySentEventValidatesAndEveryAdvertisedTypeIsExercised() throws Exception {
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().userTranscript("Hi there.")
                        .reply(Reply.say("Hello!", AudioSource.silence(Duration.ofMillis(100)))).build())
                .turn("Say it in text.", Reply.say("Sure, in text."))
                .turn(Turn.builder().userTranscript("Weather?")
                        .reply(Reply.builder().functionCall("get_weather", "{\"city\":\"Oslo\"}").build())
                        .followUp(Reply.failed("server_error", "server_error", "The model crashed."))
                        .build())
                .turn(Turn.builder().transcriptionFails()
                        .reply(Reply.say("Pardon?", AudioSource.silence(Duration.ofMillis(100)))).build())
                .fallbackReply(Reply.say("Are you still there?", AudioSource.silence(Duration.ofMillis(100))))
                .build();
        try (RealtimeSimulator sim = RealtimeSimulator.builder().scenario(scenario).build().start();
             TestClient client = TestClient.open(sim)) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":{"
                    + "\"transcription\":{\"model\":\"gpt-4o-transcribe\"},\"noise_reduction\":{\"type\":\"near_field\"},"
                    + "\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":5000}}}}}");
            client.await("session.updated");
            byte[] speech = TestAudio.concat(TestAudio.pcmSilence(200), TestAudio.pcmTone(700, 500),
                    TestAudio.pcmSilence(600));
            TestAudio.appendEvents(speech, 48, 50).forEach(client::send);
            String audioItem = client.await("response.done").path("response").path("output").get(0).path("id")
                    .asText();

            client.send("{\"type\":\"what.ever\"}");
            client.await("error");

            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                    + "\"content\":[{\"type\":\"input_text\",\"text\":\"Say it in text.\"}]}}");
            client.send("{\"type\":\"response.create\",\"response\":{\"output_modalities\":[\"text\"]}}");
            client.await("response.output_text.done");
            client.await("response.done");

            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                    + "\"content\":[{\"type\":\"input_text\",\"text\":\"Weather?\"}]}}");
            client.send("{\"type\":\"response.create\"}");
            String callId = client.await("response.function_call_arguments.done").path("call_id").asText();
            client.await("response.done");
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"function_call_output\","
                    + "\"call_id\":\"" + callId + "\",\"output\":\"{}\"}}");
            client.send("{\"type\":\"response.create\"}");
            assertEquals("failed", client.await("response.done").path("response").path("status").asText());

            client.send("{\"type\":\"conversation.item.retrieve\",\"item_id\":\"" + audioItem + "\"}");
            client.await("conversation.item.retrieved");
            client.send("{\"type\":\"conversation.item.truncate\",\"item_id\":\"" + audioItem
                    + "\",\"content_index\":0,\"audio_end_ms\":50}");
            client.await("conversation.item.truncated");
            client.send("{\"type\":\"conversation.item.delete\",\"item_id\":\"" + audioItem + "\"}");
            client.await("conversation.item.deleted");
            TestAudio.appendEvents(TestAudio.pcmSilence(100), 48, 100).forEach(client::send);
            client.send("{\"type\":\"input_audio_buffer.clear\"}");
            client.await("input_audio_buffer.cleared");

            TestAudio.appendEvents(speech, 48, 50).forEach(client::send);
            client.await("conversation.item.input_audio_transcription.failed");
            client.await("response.done");
            // idle: 100 ms of reply audio + 5000 ms without speech
            client.await("input_audio_buffer.timeout_triggered");
            client.await("response.done");

            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            List<String> failures = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            Map<String, Schema> schemas = new HashMap<>();
            for (RecordedEvent event : session.sentEvents()) {
                seen.add(event.type());
                String schemaName = SCHEMA_BY_TYPE.get(event.type());
                if (schemaName == null) {
                    failures.add("no schema for " + event.type());
                    continue;
                }
                Schema schema = schemas.computeIfAbsent(schemaName, n -> registry.getSchema(
                        SchemaLocation.of(specUri + "#/components/schemas/" + n)));
                List<Error> errors = schema.validate(event.raw(), InputFormat.JSON);
                if (!errors.isEmpty()) {
                    failures.add(event.type() + ": " + errors + " in " + abbreviate(event.raw()));
                }
            }
            assertEquals(List.of(), failures);
            Set<String> notSeen = new TreeSet<>(RealtimeSimulator.SERVER_EVENT_TYPES);
            notSeen.removeAll(seen);
            notSeen.removeAll(ServerEvents.MCP_EVENT_TYPES); // mcpEventsValidate covers them
            notSeen.removeAll(ServerEvents.SIP_EVENT_TYPES); // sipSidebandEventsValidate covers them
            assertEquals(Set.of(), notSeen, "advertised types this flow did not produce");
        }
    }

    @Test
    void everyTranslationEventValidatesAgainstTheTranslationUnion() throws Exception {
        Map<String, String> schemaByType = schemasByType("RealtimeTranslationServerEvent");
        assertEquals(new TreeSet<>(schemaByType.keySet()), new TreeSet<>(ServerEvents.TRANSLATION_EVENT_TYPES),
                "the simulator advertises exactly the spec's translation events");
        try (RealtimeSimulator sim = RealtimeSimulator.builder().translation("Good morning.", "Buenos días.")
                .build().start();
             TestClient client = TestClient.connect(sim.translationUrl("gpt-realtime-translate"), "sk-test")) {
            client.await("session.created");
            client.send("{\"type\":\"session.update\",\"session\":{\"audio\":{\"output\":{\"language\":\"es\"},"
                    + "\"input\":{\"transcription\":{\"model\":\"gpt-realtime-whisper\"},"
                    + "\"noise_reduction\":{\"type\":\"near_field\"}}}}}");
            client.await("session.updated");
            byte[] speech = TestAudio.concat(TestAudio.pcmTone(300, 400), TestAudio.pcmSilence(400));
            client.send("{\"type\":\"session.input_audio_buffer.append\",\"audio\":\"" + TestAudio.b64(speech)
                    + "\"}");
            client.await("session.output_transcript.delta");
            client.send("{\"type\":\"what.ever\"}");
            client.await("error");
            client.send("{\"type\":\"session.close\"}");
            client.await("session.closed");

            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            List<String> failures = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (RecordedEvent event : session.sentEvents()) {
                seen.add(event.type());
                String schemaName = schemaByType.get(event.type());
                if (schemaName == null) {
                    failures.add("no translation schema for " + event.type());
                    continue;
                }
                List<Error> errors = registry.getSchema(SchemaLocation.of(specUri + "#/components/schemas/"
                        + schemaName)).validate(event.raw(), InputFormat.JSON);
                if (!errors.isEmpty()) {
                    failures.add(event.type() + ": " + errors + " in " + abbreviate(event.raw()));
                }
            }
            assertEquals(List.of(), failures);
            assertEquals(new TreeSet<>(ServerEvents.TRANSLATION_EVENT_TYPES), seen, "every type exercised");
        }
    }

    @Test
    void mcpEventsValidate() throws Exception {
        Scenario scenario = Scenario.builder()
                .mcpServer(McpServer.of("crm")
                        .tool("cancel_order", "Cancels an order", "{\"type\":\"object\",\"properties\":"
                                + "{\"order_id\":{\"type\":\"string\"}},\"required\":[\"order_id\"]}")
                        .tool("find_order", null, "{\"type\":\"object\"}"))
                .turn(Turn.builder().userTranscript("Cancel order 42.")
                        .reply(Reply.builder().mcpApprovalRequest("crm", "cancel_order", "{\"order_id\":\"42\"}")
                                .build())
                        .followUp(Reply.builder()
                                .mcpCall("crm", "cancel_order", "{\"order_id\":\"42\"}", "{\"cancelled\":true}")
                                .mcpCallFailed("crm", "find_order", "{\"order_id\":\"42\"}", "backend down")
                                .message("Order 42 is cancelled.").build())
                        .build())
                .build();
        try (RealtimeSimulator sim = RealtimeSimulator.builder().scenario(scenario).build().start();
             TestClient client = TestClient.open(sim)) {
            client.send("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"output_modalities\":"
                    + "[\"text\"],\"tools\":[{\"type\":\"mcp\",\"server_label\":\"crm\",\"server_url\":"
                    + "\"https://crm.example/mcp\",\"require_approval\":\"always\"},{\"type\":\"mcp\","
                    + "\"server_label\":\"gone\",\"server_url\":\"https://gone.example/mcp\"}]}}");
            client.await("mcp_list_tools.completed");
            client.await("mcp_list_tools.failed");
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                    + "\"content\":[{\"type\":\"input_text\",\"text\":\"Cancel order 42.\"}]}}");
            client.send("{\"type\":\"response.create\"}");
            String requestId = client.await("response.done").path("response").path("output").get(0).path("id")
                    .asText();
            client.send("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"mcp_approval_response\","
                    + "\"id\":\"mcp_approval_" + requestId + "\",\"approval_request_id\":\"" + requestId
                    + "\",\"approve\":true}}");
            client.send("{\"type\":\"response.create\"}");
            client.await("response.mcp_call.completed");
            client.await("response.mcp_call.failed");
            JsonNode output = client.await("response.done").path("response").path("output");
            assertEquals(requestId, output.get(0).path("approval_request_id").asText(),
                    "the call names the approval it ran under");
            assertEquals("{\"cancelled\":true}", output.get(0).path("output").asText());
            assertEquals("tool_execution_error", output.get(1).path("error").path("type").asText());

            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            List<String> failures = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (RecordedEvent event : session.sentEvents()) {
                seen.add(event.type());
                failures.addAll(violations(event));
            }
            assertEquals(List.of(), failures);
            Set<String> notSeen = new TreeSet<>(ServerEvents.MCP_EVENT_TYPES);
            notSeen.removeAll(seen);
            assertEquals(Set.of(), notSeen, "MCP types this flow did not produce");
        }
    }

    @Test
    void sipSidebandEventsValidate() throws Exception {
        try (RealtimeSimulator sim = RealtimeSimulator.builder().scenario(Scenario.builder()
                .turn("Hello?", Reply.say("Hi, how can I help?", AudioSource.silence(Duration.ofMillis(100))))
                .build()).build().start()) {
            SimulatedSipCall call = sim.newSipCall(Map.of("From", "sip:+14155550100@carrier.example"));
            okhttp3.Request accept = new okhttp3.Request.Builder()
                    .url(sim.baseUrl() + "/realtime/calls/" + call.callId() + "/accept")
                    .header("Authorization", "Bearer sk-test")
                    .post(okhttp3.RequestBody.create("{\"type\":\"realtime\",\"audio\":{\"input\":{"
                            + "\"transcription\":{\"model\":\"gpt-4o-transcribe\"}}}}",
                            okhttp3.MediaType.get("application/json"))).build();
            try (okhttp3.Response response = TestClient.HTTP.newCall(accept).execute()) {
                assertEquals(200, response.code());
            }
            try (TestClient client = TestClient.connect(sim.wsUrl() + "?call_id=" + call.callId(), "sk-test")) {
                client.await("session.created");
                call.callerSpeaks(Duration.ofMillis(500));
                client.await("response.done");
                call.callerPresses("7");
                client.await("input_audio_buffer.dtmf_event_received");
            }
            SimulatedSession session = call.sidebandSessions().get(0);
            List<String> failures = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (RecordedEvent event : session.sentEvents()) {
                seen.add(event.type());
                failures.addAll(violations(event));
            }
            assertEquals(List.of(), failures);
            Set<String> notSeen = new TreeSet<>(ServerEvents.SIP_EVENT_TYPES);
            notSeen.removeAll(seen);
            assertEquals(Set.of(), notSeen, "SIP types this flow did not produce");
        }
    }

    private static List<String> violations(RecordedEvent event) {
        String schemaName = SCHEMA_BY_TYPE.get(event.type());
        if (schemaName == null) {
            return List.of("no schema for " + event.type());
        }
        Schema schema = registry.getSchema(SchemaLocation.of(specUri + "#/components/schemas/" + schemaName));
        List<Error> errors = schema.validate(event.raw(), InputFormat.JSON);
        return errors.isEmpty() ? List.of() : List.of(event.type() + ": " + errors + " in " + abbreviate(event.raw()));
    }

    private static String abbreviate(String raw) {
        return raw.length() > 400 ? raw.substring(0, 400) + "…" : raw;
    }
}
