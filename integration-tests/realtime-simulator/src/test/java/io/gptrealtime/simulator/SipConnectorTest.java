package io.gptrealtime.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated OpenAI SIP connector: signed webhooks, call control over REST, sideband connections, client secrets. */
class SipConnectorTest {

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("simulator-test-key-0123456789"
            .getBytes(StandardCharsets.UTF_8));
    static final Duration T = Duration.ofSeconds(10);
    static final Map<String, String> HEADERS = headers();

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey("sk-test")
            .scenario(Scenario.builder().turn("I need a taxi.", Reply.say("Where to?")).build())
            .build();

    private static SchemaRegistry registry;
    private static String specUri;
    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    record Received(String method, Map<String, String> headers, byte[] body) {
    }

    @BeforeAll
    static void loadSpec() throws Exception {
        specUri = "https://spec.invalid/openai-openapi.json";
        String json = Json.write(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(Path.of("../../spec/openai-openapi.yaml").toFile()));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(specUri, json)));
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, String> h = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            received.add(new Received(exchange.getRequestMethod(), h, exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theWebhookIsSignedAsOpenAiSignsItAndMatchesTheSpec() throws Exception {
        SimulatedSipCall call = sim.placeSipCall(hookUrl(), SECRET, HEADERS);
        Received r = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(r);
        assertEquals("POST", r.method());
        String id = r.headers().get("webhook-id");
        String ts = r.headers().get("webhook-timestamp");
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) < 5);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring(6)), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (id + "." + ts + "." + new String(r.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, r.headers().get("webhook-signature"));

        JsonNode event = Json.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(call.callId(), event.path("data").path("call_id").asText());
        assertEquals("From", event.path("data").path("sip_headers").get(0).path("name").asText());
        assertEquals(List.of(), schema("WebhookRealtimeCallIncoming").validate(new String(r.body(),
                StandardCharsets.UTF_8), InputFormat.JSON));
        assertEquals(SimulatedSipCall.State.RINGING, call.state());
    }

    @Test
    void aResendIsTheIdenticalRequest() throws Exception {
        SimulatedSipCall call = sim.newSipCall(HEADERS);
        WebhookDelivery first = call.webhook(hookUrl(), SECRET).send();
        WebhookDelivery again = first.resend();
        Received a = received.poll(5, TimeUnit.SECONDS);
        Received b = received.poll(5, TimeUnit.SECONDS);
        assertEquals(a.headers().get("webhook-id"), b.headers().get("webhook-id"));
        assertEquals(a.headers().get("webhook-signature"), b.headers().get("webhook-signature"));
        assertEquals(200, again.status());
        assertNotEquals(first.signature(), call.webhook(hookUrl(), "whsec_b3RoZXI=").signatureHeader());
    }

    @Test
    void acceptThenSidebandCarriesTheCallsModelSession() {
        SimulatedSipCall call = sim.newSipCall(HEADERS);
        assertEquals(200, post("/realtime/calls/" + call.callId() + "/accept",
                "{\"type\":\"realtime\",\"model\":\"gpt-realtime-2\",\"instructions\":\"You are Alex.\","
                + "\"audio\":{\"input\":{\"transcription\":{\"model\":\"gpt-4o-transcribe\"}}}}", "sk-test").code);
        call.awaitState(SimulatedSipCall.State.ACCEPTED, T);
        assertEquals("You are Alex.", call.acceptedSession().path("instructions").asText());

        try (TestClient client = TestClient.connect(sim.wsUrl() + "?call_id=" + call.callId(), "sk-test")) {
            JsonNode created = client.await("session.created");
            assertEquals("You are Alex.", created.path("session").path("instructions").asText());
            assertEquals("gpt-realtime-2", created.path("session").path("model").asText());
            assertEquals(call.awaitSideband(T).handshake().queryParameter("call_id"), call.callId());

            client.send("{\"type\":\"input_audio_buffer.append\",\"audio\":\"AAAA\"}");
            assertTrue(client.await("error").path("error").path("message").asText().contains("flows over SIP"));

            call.callerSpeaks(Duration.ofMillis(600));
            client.await("input_audio_buffer.speech_started");
            client.await("input_audio_buffer.committed");
            assertEquals("I need a taxi.", client.await("conversation.item.input_audio_transcription.completed")
                    .path("transcript").asText());
            assertEquals("Where to?", client.await("response.done").path("response").path("output").get(0)
                    .path("content").get(0).path("transcript").asText());

            call.callerPresses("5#");
            assertEquals("5", client.await("input_audio_buffer.dtmf_event_received").path("event").asText());
            assertEquals("#", client.await("input_audio_buffer.dtmf_event_received").path("event").asText());

            assertEquals(200, post("/realtime/calls/" + call.callId() + "/hangup", "", "sk-test").code);
            TestClient.CloseInfo close = client.awaitClosing();
            assertEquals(1000, close.code);
            assertEquals(SimulatedSipCall.State.ENDED, call.state());
            assertEquals(SimulatedSipCall.EndedBy.API, call.endedBy());
        }
        assertEquals(List.of("accept", "hangup"), sim.restRequests().stream().map(RestRequest::operation).toList());
    }

    @Test
    void aSidebandNeedsAnAcceptedCall() throws Exception {
        SimulatedSipCall ringing = sim.newSipCall(HEADERS);
        assertEquals(400, handshakeStatus("?call_id=" + ringing.callId()));
        assertEquals(404, handshakeStatus("?call_id=rtc_unknown"));
    }

    @Test
    void rejectReferAndTheirErrors() {
        SimulatedSipCall busy = sim.newSipCall(HEADERS);
        assertEquals(200, post("/realtime/calls/" + busy.callId() + "/reject", "{\"status_code\":486}", "sk-test").code);
        assertEquals(486, busy.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode());
        Answer again = post("/realtime/calls/" + busy.callId() + "/accept", "{\"type\":\"realtime\"}", "sk-test");
        assertEquals(400, again.code);
        assertTrue(again.body.contains("it is rejected"), again.body);

        SimulatedSipCall declined = sim.newSipCall(HEADERS);
        assertEquals(200, post("/realtime/calls/" + declined.callId() + "/reject", "", "sk-test").code);
        assertEquals(603, declined.rejectStatusCode());

        SimulatedSipCall moved = sim.newSipCall(HEADERS);
        assertEquals(400, post("/realtime/calls/" + moved.callId() + "/refer", "{\"target_uri\":\"mailto:x@y\"}",
                "sk-test").code);
        assertEquals(200, post("/realtime/calls/" + moved.callId() + "/refer", "{\"target_uri\":\"tel:+14155550123\"}",
                "sk-test").code);
        assertEquals("tel:+14155550123", moved.referTarget());

        Answer unknown = post("/realtime/calls/rtc_nope/hangup", "", "sk-test");
        assertEquals(404, unknown.code);
        assertTrue(unknown.body.contains("not found"));
        assertEquals(401, post("/realtime/calls/" + moved.callId() + "/hangup", "", "sk-wrong").code);
        assertEquals(400, post("/realtime/calls/" + sim.newSipCall(HEADERS).callId() + "/accept",
                "{\"type\":\"realtime\",\"voice\":\"marin\"}", "sk-test").code, "unknown field");
        assertEquals(400, post("/realtime/calls/" + sim.newSipCall(HEADERS).callId() + "/accept", "{nope",
                "sk-test").code);
    }

    @Test
    void clientSecretsMatchTheSpecAndTheKeyOpensASession() throws Exception {
        Answer minted = post("/realtime/client_secrets", "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":"
                + "300},\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime-2\",\"instructions\":\"Be brief.\","
                + "\"audio\":{\"output\":{\"voice\":\"marin\"}}}}", "sk-test");
        assertEquals(200, minted.code, minted.body);
        assertEquals(List.of(), schema("RealtimeCreateClientSecretResponse").validate(minted.body, InputFormat.JSON));
        JsonNode secret = Json.parse(minted.body);
        assertTrue(secret.path("value").asText().startsWith("ek_"));
        long expiresIn = secret.path("expires_at").asLong() - Instant.now().getEpochSecond();
        assertTrue(expiresIn > 290 && expiresIn <= 300, "expires in " + expiresIn);
        assertEquals("marin", secret.path("session").path("audio").path("output").path("voice").asText());
        try (TestClient client = TestClient.connect(sim.wsUrl("gpt-realtime-2"), secret.path("value").asText())) {
            client.await("session.created");
        }

        assertEquals(400, post("/realtime/client_secrets", "{\"expires_after\":{\"seconds\":5},\"session\":"
                + "{\"type\":\"realtime\"}}", "sk-test").code);

        Answer translation = post("/realtime/translations/client_secrets", "{\"expires_after\":{\"anchor\":"
                + "\"created_at\",\"seconds\":60},\"session\":{\"model\":\"gpt-realtime-translate\",\"audio\":"
                + "{\"output\":{\"language\":\"es\"}}}}", "sk-test");
        assertEquals(200, translation.code, translation.body);
        assertEquals(List.of(), schema("RealtimeTranslationClientSecretCreateResponse").validate(translation.body,
                InputFormat.JSON));
        assertEquals("es", Json.parse(translation.body).path("session").path("audio").path("output").path("language")
                .asText());
        assertEquals(List.of("client_secrets", "client_secrets", "translations/client_secrets"),
                sim.restRequests().stream().map(RestRequest::operation).toList());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    record Answer(int code, String body) {
    }

    private Answer post(String path, String json, String key) {
        Request request = new Request.Builder().url(sim.baseUrl() + path).header("Authorization", "Bearer " + key)
                .post(RequestBody.create(json, json.isEmpty() ? null : MediaType.get("application/json"))).build();
        try (Response response = TestClient.HTTP.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private int handshakeStatus(String query) throws Exception {
        Request request = new Request.Builder().url(sim.baseUrl() + "/realtime" + query)
                .header("Authorization", "Bearer sk-test").header("Connection", "Upgrade")
                .header("Upgrade", "websocket").header("Sec-WebSocket-Version", "13")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==").build();
        try (Response response = TestClient.HTTP.newCall(request).execute()) {
            return response.code();
        }
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static Schema schema(String name) {
        return registry.getSchema(SchemaLocation.of(specUri + "#/components/schemas/" + name));
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("From", "\"Ann\" <sip:+14155550100@carrier.example>;tag=1");
        h.put("To", "<sip:+18005550199@sip.api.openai.com>");
        h.put("Call-ID", "a84b4c76e66710@carrier.example");
        return h;
    }
}
