package io.gptrealtime.camel.openai.sip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.openai.rest.RealtimeApiException;
import io.gptrealtime.camel.protocol.OpenApiSchemas;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RestRequest;
import io.gptrealtime.simulator.SimulatedSipCall;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The call-control and ephemeral-key producer operations over REST, against the simulator. */
class OpenAiCallOperationsTest extends CamelTestSupport {

    static final String KEY = "sk-ops-test-secret-key-123";
    static final Duration T = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).build();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setApiKey(KEY);
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                from("direct:calls").to("gpt-realtime:frontdesk?instructions=RAW(You answer calls.)&voice=cedar");
                from("direct:browser").to("gpt-realtime:frontdesk?operation=clientSecret&model=gpt-realtime-2"
                                          + "&instructions=RAW(You help on the web site.)&voice=marin"
                                          + "&clientSecretExpiresAfter=300");
                from("direct:translate").to("gpt-realtime:interpreter?operation=translationClientSecret"
                                            + "&model=gpt-realtime-translate&translationLanguage=es"
                                            + "&inputTranscriptionModel=gpt-realtime-whisper");
            }
        };
    }

    private Exchange call(String operation, String callId, Map<String, Object> headers, Object body) {
        return template.request("direct:calls", e -> {
            e.getMessage().setHeader(GptRealtimeConstants.OPERATION, operation);
            if (callId != null) {
                e.getMessage().setHeader(GptRealtimeConstants.PHONE_CALL_ID, callId);
            }
            e.getMessage().getHeaders().putAll(headers);
            e.getMessage().setBody(body);
        });
    }

    @Test
    void acceptAttachesThenHangUpEndsTheCall() throws Exception {
        SimulatedSipCall call = sim.newSipCall(Map.of("From", "sip:+14155550100@carrier.example"));
        Exchange accepted = call("acceptCall", call.callId(), Map.of(), "{\"instructions\":\"Be brief.\"}");
        assertFalse(accepted.isFailed(), () -> String.valueOf(accepted.getException()));
        assertEquals("openai:" + call.callId(), accepted.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
        JsonNode session = call.awaitState(SimulatedSipCall.State.ACCEPTED, T).acceptedSession();
        assertEquals("Be brief.", session.path("instructions").asText());
        assertEquals("cedar", session.path("audio").path("output").path("voice").asText());
        assertTrue(session.path("tools").isMissingNode(), "no tools, no call control tools unless enabled");
        call.awaitSideband(T);

        Exchange hungUp = call("hangUpCall", call.callId(), Map.of(), null);
        assertFalse(hungUp.isFailed(), () -> String.valueOf(hungUp.getException()));
        call.awaitState(SimulatedSipCall.State.ENDED, T);
        call.sidebandSessions().get(0).awaitClosed(T);
    }

    @Test
    void rejectAndReferByCallId() {
        SimulatedSipCall busy = sim.newSipCall(Map.of("From", "sip:+1@x"));
        assertFalse(call("rejectCall", busy.callId(), Map.of(GptRealtimeConstants.SIP_STATUS, "486"), null).isFailed());
        assertEquals(486, busy.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode());

        SimulatedSipCall declined = sim.newSipCall(Map.of("From", "sip:+2@x"));
        assertFalse(call("rejectCall", declined.callId(), Map.of(), null).isFailed());
        assertEquals(603, declined.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode());
        assertEquals("{}", sim.restRequests().get(1).rawBody());

        SimulatedSipCall moved = sim.newSipCall(Map.of("From", "sip:+3@x"));
        assertFalse(call("referCall", moved.callId(), Map.of(), "sip:agent@example.com").isFailed());
        assertEquals("sip:agent@example.com", moved.awaitState(SimulatedSipCall.State.TRANSFERRED, T).referTarget());

        Exchange bad = call("rejectCall", sim.newSipCall(Map.of()).callId(), Map.of(GptRealtimeConstants.SIP_STATUS,
                200), null);
        assertInstanceOf(IllegalArgumentException.class, bad.getException());
        Exchange badTarget = call("referCall", sim.newSipCall(Map.of()).callId(), Map.of(), "mailto:a@b");
        assertTrue(badTarget.getException().getMessage().contains("tel:, sip: or sips:"));
        Exchange noId = call("hangUpCall", null, Map.of(), null);
        assertTrue(noId.getException().getMessage().contains(GptRealtimeConstants.PHONE_CALL_ID));
    }

    @Test
    void httpFailuresAreClearAndNeverShowTheKey() {
        Exchange unknown = call("hangUpCall", "rtc_doesnotexist", Map.of(), null);
        RealtimeApiException e = assertInstanceOf(RealtimeApiException.class, unknown.getException());
        assertEquals(404, e.getStatus());
        assertEquals("call_not_found", e.getErrorCode());
        assertTrue(e.getMessage().contains("hangup failed with HTTP 404"), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));

        SimulatedSipCall ended = sim.newSipCall(Map.of());
        call("rejectCall", ended.callId(), Map.of(), null);
        RealtimeApiException again = assertInstanceOf(RealtimeApiException.class,
                call("acceptCall", ended.callId(), Map.of(), null).getException());
        assertEquals(400, again.getStatus());
        assertTrue(again.getMessage().contains("rejected"), again.getMessage());
        assertEquals(0, context.getComponent("gpt-realtime", GptRealtimeComponent.class).getEngine()
                .agent("frontdesk").sessions().size(), "a refused accept opens no sideband");
    }

    @Test
    void clientSecretsAreMintedFromTheAgentsConfiguration() throws Exception {
        Exchange minted = template.request("direct:browser", e -> {
        });
        assertFalse(minted.isFailed(), () -> String.valueOf(minted.getException()));
        String key = minted.getMessage().getHeader(GptRealtimeConstants.CLIENT_SECRET, String.class);
        assertTrue(key.startsWith("ek_"), key);
        long expiresAt = minted.getMessage().getHeader(GptRealtimeConstants.CLIENT_SECRET_EXPIRES_AT, Long.class);
        assertTrue(Math.abs(expiresAt - Instant.now().getEpochSecond() - 300) <= 5);
        JsonNode answer = JSON.readTree(minted.getMessage().getBody(String.class));
        assertEquals(key, answer.path("value").asText());
        assertEquals("You help on the web site.", answer.path("session").path("instructions").asText());

        RestRequest request = sim.awaitRestRequests("client_secrets", 1, T).get(0);
        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeCreateClientSecretRequest", request.rawBody()));
        assertEquals("created_at", request.body().path("expires_after").path("anchor").asText());
        assertEquals(300, request.body().path("expires_after").path("seconds").asInt());
        JsonNode session = request.body().path("session");
        assertEquals("gpt-realtime-2", session.path("model").asText());
        assertEquals("marin", session.path("audio").path("output").path("voice").asText());

        Exchange custom = template.request("direct:browser", e -> {
            e.getMessage().setHeader(GptRealtimeConstants.CLIENT_SECRET_EXPIRES_AFTER, 60);
            e.getMessage().setBody("{\"instructions\":\"Only answer about prices.\"}");
        });
        assertFalse(custom.isFailed(), () -> String.valueOf(custom.getException()));
        RestRequest second = sim.awaitRestRequests("client_secrets", 2, T).get(1);
        assertEquals(60, second.body().path("expires_after").path("seconds").asInt());
        assertEquals("Only answer about prices.", second.body().path("session").path("instructions").asText());

        Exchange tooLong = template.request("direct:browser", e -> e.getMessage()
                .setHeader(GptRealtimeConstants.CLIENT_SECRET_EXPIRES_AFTER, 9000));
        assertTrue(tooLong.getException().getMessage().contains("10 to 7200"));
        Exchange notJson = template.request("direct:browser", e -> e.getMessage().setBody("hello"));
        assertInstanceOf(IllegalArgumentException.class, notJson.getException());
    }

    @Test
    void translationClientSecrets() throws Exception {
        Exchange minted = template.request("direct:translate", e -> {
        });
        assertFalse(minted.isFailed(), () -> String.valueOf(minted.getException()));
        assertTrue(minted.getMessage().getHeader(GptRealtimeConstants.CLIENT_SECRET, String.class).startsWith("ek_"));
        RestRequest request = sim.awaitRestRequests("translations/client_secrets", 1, T).get(0);
        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeTranslationClientSecretCreateRequest",
                request.rawBody()));
        assertEquals("es", request.body().path("session").path("audio").path("output").path("language").asText());
        assertEquals("gpt-realtime-whisper", request.body().path("session").path("audio").path("input")
                .path("transcription").path("model").asText());
        assertEquals("translation", JSON.readTree(minted.getMessage().getBody(String.class)).path("session")
                .path("type").asText());
    }

    @Test
    void theWebhookSecretIsMaskedAndRequired() throws Exception {
        String secret = "whsec_c2VjcmV0LXZhbHVlLWZvci1tYXNraW5n";
        String uri = "gpt-realtime:masked?webhook=true&webhookPort=0&webhookSecret=RAW(" + secret + ")";
        String shown = context.getEndpoint(uri).toString();
        assertFalse(shown.contains("c2VjcmV0"), shown);

        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("gpt-realtime:nosecret?webhook=true&webhookPort=0&apiKey=sk-x").to("log:x");
                }
            });
            Exception e = assertThrows(Exception.class, other::start);
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertTrue(e instanceof FailedToStartRouteException || root instanceof IllegalArgumentException, e.toString());
            assertTrue(root.getMessage().contains("webhookSecret"), root.getMessage());
        }
    }
}
