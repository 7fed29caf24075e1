package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandshakeTest {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey("sk-test").build();

    @Test
    void urlsPointAtLoopback() {
        assertEquals("http://127.0.0.1:" + sim.port() + "/v1", sim.baseUrl());
        assertEquals("ws://127.0.0.1:" + sim.port() + "/v1/realtime", sim.wsUrl());
    }

    @Test
    void sessionCreatedComesFirstWithTheFullDefaultSession() {
        try (TestClient client = TestClient.connect(sim.wsUrl("gpt-realtime-2"), "sk-test")) {
            JsonNode created = client.next();
            assertEquals("session.created", created.path("type").asText());
            assertTrue(created.path("event_id").asText().startsWith("event_"));
            JsonNode s = created.path("session");
            assertEquals("realtime", s.path("type").asText());
            assertEquals("realtime.session", s.path("object").asText());
            assertTrue(s.path("id").asText().startsWith("sess_"));
            assertEquals("gpt-realtime-2", s.path("model").asText());
            assertEquals("[\"audio\"]", s.path("output_modalities").toString());
            assertFalse(s.path("instructions").asText().isEmpty());
            JsonNode in = s.path("audio").path("input");
            assertEquals("{\"type\":\"audio/pcm\",\"rate\":24000}", in.path("format").toString());
            JsonNode td = in.path("turn_detection");
            assertEquals("server_vad", td.path("type").asText());
            assertEquals(0.5, td.path("threshold").asDouble());
            assertEquals(300, td.path("prefix_padding_ms").asInt());
            assertEquals(500, td.path("silence_duration_ms").asInt());
            assertTrue(td.path("create_response").asBoolean());
            assertTrue(td.path("interrupt_response").asBoolean());
            assertTrue(td.path("idle_timeout_ms").isNull());
            JsonNode out = s.path("audio").path("output");
            assertEquals("marin", out.path("voice").asText());
            assertEquals(1, out.path("speed").asInt());
            assertEquals(0, s.path("tools").size());
            assertEquals("auto", s.path("tool_choice").asText());
            assertEquals("inf", s.path("max_output_tokens").asText());
            assertTrue(s.path("tracing").isNull());
            assertEquals("auto", s.path("truncation").asText());
            long now = System.currentTimeMillis() / 1000;
            assertTrue(Math.abs(s.path("expires_at").asLong() - (now + 3600)) <= 2);

            JsonNode conversation = client.next();
            assertEquals("conversation.created", conversation.path("type").asText());
            assertTrue(conversation.path("conversation").path("id").asText().startsWith("conv_"));
            assertEquals("realtime.conversation", conversation.path("conversation").path("object").asText());
        }
    }

    @Test
    void wireNullsModeSendsTheNullsTheLiveServiceSends() {
        try (RealtimeSimulator wire = RealtimeSimulator.builder().wireNulls(true).build().start();
             TestClient client = TestClient.connect(wire.wsUrl("gpt-realtime-2"), "k")) {
            JsonNode in = client.await("session.created").path("session").path("audio").path("input");
            assertTrue(in.has("transcription") && in.path("transcription").isNull());
            assertTrue(in.has("noise_reduction") && in.path("noise_reduction").isNull());
            client.send("{\"type\":\"response.create\"}");
            JsonNode created = client.await("response.created").path("response");
            assertTrue(created.has("usage") && created.path("usage").isNull());
            assertTrue(created.has("status_details") && created.path("status_details").isNull());
        }
        try (TestClient client = TestClient.connect(sim.wsUrl("gpt-realtime-2"), "sk-test")) {
            JsonNode in = client.await("session.created").path("session").path("audio").path("input");
            assertFalse(in.has("transcription"), "schema mode omits nulls the schema forbids");
        }
    }

    @Test
    void handshakeHeadersAreRecordedPerSession() {
        Request request = new Request.Builder().url(sim.wsUrl("gpt-realtime-2.1"))
                .header("Authorization", "Bearer sk-test")
                .header("OpenAI-Safety-Identifier", "user-42")
                .build();
        try (TestClient client = TestClient.connect(request)) {
            client.await("session.created");
            SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
            assertEquals("user-42", session.handshake().header("OpenAI-Safety-Identifier"));
            assertEquals("Bearer sk-test", session.handshake().header("authorization"));
            assertEquals("gpt-realtime-2.1", session.handshake().queryParameter("model"));
            assertEquals("/v1/realtime", session.handshake().path());
            assertEquals(101, session.handshake().status());
            assertEquals("gpt-realtime-2.1", session.model());
            assertEquals(SessionKind.REALTIME, session.kind());
        }
    }

    @Test
    void wrongKeyIsRefusedWith401BeforeUpgrade() throws Exception {
        try (TestClient client = TestClient.connect(sim.wsUrl("gpt-realtime-2"), "sk-wrong-key-123456")) {
            client.awaitFailure();
            Response response = client.failureResponse.get();
            assertNotNull(response);
            assertEquals(401, response.code());
            JsonNode body = Json.parse(client.failureBody.get());
            assertEquals("invalid_request_error", body.path("error").path("type").asText());
            assertEquals("invalid_api_key", body.path("error").path("code").asText());
            assertTrue(body.path("error").path("message").asText().startsWith("Incorrect API key provided: sk-"));
            assertFalse(body.path("error").path("message").asText().contains("wrong-key"), "key must be masked");
        }
        assertEquals(401, sim.handshakes().get(sim.handshakes().size() - 1).status());
        assertTrue(sim.sessions().isEmpty());
    }

    @Test
    void missingKeyIsRefusedWith401() throws Exception {
        try (TestClient client = TestClient.connect(sim.wsUrl("gpt-realtime-2"), null)) {
            client.awaitFailure();
            Response response = client.failureResponse.get();
            assertEquals(401, response.code());
            JsonNode body = Json.parse(client.failureBody.get());
            assertEquals("invalid_api_key", body.path("error").path("code").asText());
            assertTrue(body.path("error").path("message").asText().startsWith("You didn't provide an API key."));
        }
    }

    @Test
    void betaHeaderGetsBetaShapeDisabledThenClose4000() {
        Request request = new Request.Builder().url(sim.wsUrl("gpt-realtime-2"))
                .header("Authorization", "Bearer sk-test")
                .header("OpenAI-Beta", "realtime=v1")
                .build();
        try (TestClient client = TestClient.connect(request)) {
            JsonNode error = client.next();
            assertEquals("error", error.path("type").asText());
            assertEquals("beta_api_shape_disabled", error.path("error").path("code").asText());
            assertEquals("invalid_request_error", error.path("error").path("type").asText());
            assertEquals(4000, client.awaitClosing().code);
        }
        SimulatedSession session = sim.awaitSessions(1, Duration.ofSeconds(5)).get(0);
        assertEquals("realtime=v1", session.handshake().header("openai-beta"));
        session.awaitClosed(Duration.ofSeconds(5));
        assertTrue(session.sentOfType("session.created").isEmpty());
    }

    @Test
    void missingModelAndIntentGetsMissingModelThenClose() {
        try (TestClient client = TestClient.connect(sim.wsUrl(), "sk-test")) {
            JsonNode error = client.next();
            assertEquals("missing_model", error.path("error").path("code").asText());
            assertEquals(4000, client.awaitClosing().code);
        }
    }

    @Test
    void transcriptionIntentCreatesATranscriptionSession() {
        try (TestClient client = TestClient.connect(sim.wsUrl() + "?intent=transcription", "sk-test")) {
            JsonNode created = client.await("session.created");
            assertEquals("transcription", created.path("session").path("type").asText());
            assertEquals("realtime.transcription_session", created.path("session").path("object").asText());
            assertNull(sim.awaitSessions(1, Duration.ofSeconds(5)).get(0).model());
        }
    }

    @Test
    void callIdSidebandAttachesToAnAcceptedCall() throws Exception {
        SimulatedSipCall call = sim.newSipCall(java.util.Map.of("From", "sip:+1@x"));
        Request accept = new Request.Builder().url(sim.baseUrl() + "/realtime/calls/" + call.callId() + "/accept")
                .header("Authorization", "Bearer sk-test")
                .post(okhttp3.RequestBody.create("{\"type\":\"realtime\",\"model\":\"gpt-realtime-mini\"}",
                        okhttp3.MediaType.get("application/json"))).build();
        try (Response response = TestClient.HTTP.newCall(accept).execute()) {
            assertEquals(200, response.code());
        }
        try (TestClient client = TestClient.connect(sim.wsUrl() + "?call_id=" + call.callId(), "sk-test")) {
            JsonNode created = client.await("session.created");
            assertEquals("gpt-realtime-mini", created.path("session").path("model").asText());
            assertEquals(call.callId(), sim.awaitSessions(1, Duration.ofSeconds(5)).get(0).handshake()
                    .queryParameter("call_id"));
        }
    }

    @Test
    void otherPathsAre404WithAnOpenAiErrorBody() throws Exception {
        Request request = new Request.Builder().url(sim.baseUrl() + "/models")
                .header("Authorization", "Bearer sk-test").build();
        try (Response response = TestClient.HTTP.newCall(request).execute()) {
            assertEquals(404, response.code());
            JsonNode body = Json.parse(response.body().string());
            assertEquals("Invalid URL (GET /v1/models)", body.path("error").path("message").asText());
        }
        List<HandshakeInfo> handshakes = sim.handshakes();
        assertEquals(404, handshakes.get(handshakes.size() - 1).status());
    }
}
