package io.gptrealtime.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioJsonTest {

    @Test
    void parsesEveryForm(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("hello.wav"), TestAudio.wav(TestAudio.tone24k(440, 1000, 0.3), 48_000, 2));
        String json = "{\n"
                + "  \"always_transcribe\": true,\n"
                + "  \"fallback_user_transcript\": \"(mumble)\",\n"
                + "  \"fallback_reply\": [{\"type\": \"message\", \"text\": \"Sorry?\", \"audio\": {\"silence_ms\": 250}}],\n"
                + "  \"turns\": [\n"
                + "    {\"user_transcript\": \"Weather in Paris?\",\n"
                + "     \"reply\": [{\"type\": \"function_call\", \"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}, \"call_id\": \"call_1\"}],\n"
                + "     \"follow_ups\": [[{\"type\": \"message\", \"text\": \"Sunny.\", \"audio\": {\"wav\": \"hello.wav\"}}]]},\n"
                + "    {\"user_transcript\": \"And tomorrow?\", \"reply\": {\"items\": [{\"type\": \"message\", \"text\": \"Rain.\","
                + " \"audio\": {\"tone\": {\"frequency_hz\": 300, \"duration_ms\": 800}}}], \"usage\": {\"input_text_tokens\": 10, \"output_audio_tokens\": 16}}},\n"
                + "    {\"transcription_fails\": true, \"reply\": {\"error\": {\"type\": \"rate_limit_error\", \"code\": \"rate_limit_exceeded\", \"message\": \"Slow down.\"}}},\n"
                + "    {\"reply\": {\"failed\": {\"message\": \"Boom.\"}}}\n"
                + "  ],\n"
                + "  \"out_of_band\": [[{\"type\": \"message\", \"text\": \"support\"}]]\n"
                + "}";
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, json);
        Scenario scenario = Scenario.fromJson(file);
        assertTrue(scenario.alwaysTranscribe());
        assertEquals("(mumble)", scenario.fallbackUserTranscript());
        assertEquals(4, scenario.turns().size());
        ReplyItem.FunctionCall call = (ReplyItem.FunctionCall) scenario.turns().get(0).reply().items().get(0);
        assertEquals("{\"city\":\"Paris\"}", call.arguments());
        assertEquals("call_1", call.callId());
        ReplyItem.Message sunny = (ReplyItem.Message) scenario.turns().get(0).followUps().get(0).items().get(0);
        assertEquals(Duration.ofMillis(500), sunny.audio().duration(), "48 kHz stereo WAV converted to 24 kHz mono");
        assertEquals(26, scenario.turns().get(1).reply().usage().totalTokens());
        assertEquals(Reply.Kind.ERROR_EVENT, scenario.turns().get(2).reply().kind());
        assertTrue(scenario.turns().get(2).transcriptionFails());
        assertEquals(Reply.Kind.FAILED, scenario.turns().get(3).reply().kind());
        assertEquals("server_error", scenario.turns().get(3).reply().errorType());
        assertEquals(1, scenario.outOfBandReplies().size());
        assertEquals(Duration.ofMillis(250), ((ReplyItem.Message) scenario.fallbackReply().items().get(0)).audio()
                .duration());
    }

    @Test
    void theShippedSampleScenarioParses() {
        Scenario scenario = Scenario.fromJson(Path.of("scenarios/weather.json"));
        assertEquals(2, scenario.turns().size());
        assertEquals(1, scenario.turns().get(0).followUps().size());
    }

    @Test
    void typosAreErrorsWithTheirPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenario.fromJson(
                "{\"turns\":[{\"user_transcrpt\":\"x\"}]}", null));
        assertTrue(e.getMessage().contains("$.turns[0].user_transcrpt"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Scenario.fromJson(
                "{\"turns\":[{\"reply\":[{\"type\":\"function_call\",\"name\":\"f\",\"arguments\":\"{oops\"}]}]}",
                null));
        assertTrue(e.getMessage().contains("JSON text"), e.getMessage());
    }

    @Test
    void errorReplyAnswersResponseCreateWithAnErrorEvent() {
        Scenario scenario = Scenario.builder()
                .turn("hi", Reply.errorEvent("rate_limit_error", "rate_limit_exceeded", "Slow down."))
                .build();
        try (RealtimeSimulator sim = RealtimeSimulator.builder().scenario(scenario).build().start();
             TestClient client = TestClient.open(sim)) {
            client.send("{\"type\":\"response.create\",\"event_id\":\"rc\"}");
            com.fasterxml.jackson.databind.JsonNode error = client.await("error").path("error");
            assertEquals("rate_limit_exceeded", error.path("code").asText());
            assertEquals("rc", error.path("event_id").asText());
            client.send("{\"type\":\"response.create\"}");
            assertEquals(Scenario.DEFAULT_REPLY_TEXT, client.await("response.output_audio_transcript.done")
                    .path("transcript").asText(), "past the script: the fallback");
        }
    }

    @Test
    void mainParsesItsArguments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"turns\":[]}");
        RealtimeSimulator.Builder builder = RealtimeSimulator.builder();
        RealtimeSimulatorMain.configure(builder, new String[] {"--port", "0", "--host", "127.0.0.1", "--scenario",
                file.toString(), "--pace", "burst", "--pace-factor", "2", "--api-key", "sk-demo"});
        RealtimeSimulator sim = builder.build();
        assertEquals(Pace.BURST, sim.config().pace());
        assertEquals("sk-demo", sim.config().apiKey());
        assertEquals(2.0, sim.config().paceFactor());
        assertThrows(IllegalArgumentException.class, () -> RealtimeSimulatorMain.configure(
                RealtimeSimulator.builder(), new String[] {"--pace", "slow"}));
        assertThrows(IllegalArgumentException.class, () -> RealtimeSimulatorMain.configure(
                RealtimeSimulator.builder(), new String[] {"--bogus"}));
    }
}
