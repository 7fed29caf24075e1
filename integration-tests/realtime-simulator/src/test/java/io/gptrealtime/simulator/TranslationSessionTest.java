package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translation sessions: /v1/realtime/translations, its three client events, frames of 200 ms, session.close. */
class TranslationSessionTest {

    static final String MODEL = "gpt-realtime-translate";

    private static RealtimeSimulator simulator() {
        return RealtimeSimulator.builder().apiKey("sk-test")
                .translation("Where is the station?", "¿Dónde está la estación?")
                .build().start();
    }

    private static String append(byte[] pcm) {
        return "{\"type\":\"session.input_audio_buffer.append\",\"audio\":\"" + TestAudio.b64(pcm) + "\"}";
    }

    /** 100 ms appends, as a client streams. */
    private static List<String> stream(byte[] pcm) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pcm.length; i += 4800) {
            out.add(append(java.util.Arrays.copyOfRange(pcm, i, Math.min(pcm.length, i + 4800))));
        }
        return out;
    }

    @Test
    void speechIsTranslatedFrameByFrameAndTheTranscriptsComeAtTheEndOfTheUtterance() {
        try (RealtimeSimulator sim = simulator();
             TestClient client = TestClient.connect(sim.translationUrl(MODEL), "sk-test")) {
            JsonNode created = client.await("session.created").path("session");
            assertEquals("translation", created.path("type").asText());
            assertEquals(MODEL, created.path("model").asText());
            assertTrue(created.path("id").asText().startsWith("sess_"));

            client.send("{\"type\":\"session.update\",\"session\":{\"audio\":{\"output\":{\"language\":\"es\"},"
                        + "\"input\":{\"transcription\":{\"model\":\"gpt-realtime-whisper\"}}}}}");
            JsonNode updated = client.await("session.updated").path("session");
            assertEquals("es", updated.path("audio").path("output").path("language").asText());
            assertEquals("gpt-realtime-whisper",
                    updated.path("audio").path("input").path("transcription").path("model").asText());

            // 600 ms of speech then 600 ms of silence: three translated frames, then the utterance ends
            stream(TestAudio.concat(TestAudio.pcmTone(300, 600), TestAudio.pcmSilence(600))).forEach(client::send);
            List<JsonNode> got = client.until("session.output_transcript.delta");
            List<JsonNode> audio = got.stream().filter(e -> e.path("type").asText()
                    .equals("session.output_audio.delta")).toList();
            assertEquals(3, audio.size(), got.toString());
            for (int i = 0; i < 3; i++) {
                assertEquals(i * 200L, audio.get(i).path("elapsed_ms").asLong());
                assertEquals(9600, Base64.getDecoder().decode(audio.get(i).path("delta").asText()).length);
                assertEquals(24000, audio.get(i).path("sample_rate").asInt());
                assertEquals("pcm16", audio.get(i).path("format").asText());
            }
            StringBuilder source = new StringBuilder();
            got.stream().filter(e -> e.path("type").asText().equals("session.input_transcript.delta"))
                    .forEach(e -> source.append(e.path("delta").asText()));
            assertEquals("Where is the station?", source.toString());
            StringBuilder translated = new StringBuilder(got.get(got.size() - 1).path("delta").asText());
            while (translated.length() < "¿Dónde está la estación?".length()) {
                JsonNode d = client.await("session.output_transcript.delta");
                assertEquals(400, d.path("elapsed_ms").asLong(), "aligned with the utterance's last frame");
                translated.append(d.path("delta").asText());
            }
            assertEquals("¿Dónde está la estación?", translated.toString());

            // a second utterance cut short by session.close: the pending input is flushed first
            stream(TestAudio.pcmTone(300, 300)).forEach(client::send);
            client.send("{\"type\":\"session.close\",\"event_id\":\"close_1\"}");
            List<JsonNode> tail = client.until("session.closed");
            assertEquals(2, tail.stream().filter(e -> e.path("type").asText().equals("session.output_audio.delta"))
                    .count(), "one whole frame and the flushed 100 ms");
            StringBuilder second = new StringBuilder();
            tail.stream().filter(e -> e.path("type").asText().equals("session.output_transcript.delta"))
                    .forEach(e -> second.append(e.path("delta").asText()));
            assertEquals("(translation 2)", second.toString());
            assertEquals(1000, client.awaitClosing().code);
        }
    }

    @Test
    void onlyTheLanguageTranscriptionAndNoiseReductionMayChange() {
        try (RealtimeSimulator sim = simulator();
             TestClient client = TestClient.connect(sim.translationUrl(MODEL), "sk-test")) {
            client.await("session.created");
            client.send("{\"type\":\"session.update\",\"event_id\":\"u1\",\"session\":{\"model\":\"other\"}}");
            JsonNode error = client.await("error").path("error");
            assertEquals("unknown_parameter", error.path("code").asText());
            assertEquals("session.model", error.path("param").asText());
            assertEquals("u1", error.path("event_id").asText());
            client.send("{\"type\":\"session.update\",\"session\":{\"audio\":{\"output\":{\"voice\":\"marin\"}}}}");
            assertEquals("session.audio.output.voice", client.await("error").path("error").path("param").asText());
            client.send("{\"type\":\"session.update\",\"session\":{\"audio\":{\"input\":{\"noise_reduction\":"
                        + "{\"type\":\"far_field\"}}}}}");
            assertEquals("far_field", client.await("session.updated").path("session").path("audio").path("input")
                    .path("noise_reduction").path("type").asText());
        }
    }

    @Test
    void badInputGetsAClearErrorAndTheSessionGoesOn() throws Exception {
        try (RealtimeSimulator sim = simulator();
             TestClient client = TestClient.connect(sim.translationUrl(MODEL), "sk-test")) {
            client.await("session.created");
            client.send("{\"type\":\"input_audio_buffer.append\",\"audio\":\"AAAA\"}");
            JsonNode wrongType = client.await("error").path("error");
            assertEquals("invalid_value", wrongType.path("code").asText());
            assertTrue(wrongType.path("message").asText().contains("session.input_audio_buffer.append"),
                    wrongType.toString());
            client.send("{\"type\":\"session.input_audio_buffer.append\",\"audio\":\"not base64!\"}");
            assertEquals("audio", client.await("error").path("error").path("param").asText());
            client.send("{\"type\":\"session.input_audio_buffer.append\",\"audio\":\"AAAB\"}"); // 3 bytes
            assertTrue(client.await("error").path("error").path("message").asText().contains("odd number"));
            client.send("not json");
            assertEquals("invalid_event", client.await("error").path("error").path("code").asText());
            client.send("{\"type\":\"session.close\"}");
            client.await("session.closed");
            assertEquals(1000, client.awaitClosing().code);
        }
    }

    @Test
    void theUrlMustNameTheModelAndNothingElse() throws Exception {
        try (RealtimeSimulator sim = simulator()) {
            String base = sim.translationUrl(MODEL).replace("?model=" + MODEL, "");
            try (TestClient noModel = TestClient.connect(base, "sk-test")) {
                assertEquals("missing_model", noModel.await("error").path("error").path("code").asText());
                assertEquals(4000, noModel.awaitClosing().code);
            }
            try (TestClient intent = TestClient.connect(sim.translationUrl(MODEL) + "&intent=transcription",
                    "sk-test")) {
                assertEquals(400, intent.failureResponse.get(5, java.util.concurrent.TimeUnit.SECONDS).code());
            }
            List<SimulatedSession> sessions = sim.awaitSessions(1, Duration.ofSeconds(5));
            assertEquals(SessionKind.TRANSLATION, sessions.get(0).kind());
        }
    }
}
