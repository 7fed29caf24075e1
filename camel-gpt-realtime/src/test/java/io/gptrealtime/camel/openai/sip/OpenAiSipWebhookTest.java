package io.gptrealtime.camel.openai.sip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeWebhookConsumer;
import io.gptrealtime.camel.protocol.OpenApiSchemas;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.RestRequest;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.SimulatedSipCall;
import io.gptrealtime.simulator.Turn;
import io.gptrealtime.simulator.WebhookDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenAI-native SIP end to end against the simulator's SIP connector: the webhook consumer refuses what it must
 * (nothing reaches the route, nothing reaches OpenAI), routes a verified call, accepts it with the agent's
 * configuration, attaches the sideband, runs a tool route for the model and lets the model hang up.
 */
class OpenAiSipWebhookTest extends CamelTestSupport {

    static final String KEY = "sk-sip-test-secret-key";
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "the-project-webhook-signing-key!".getBytes(StandardCharsets.UTF_8));
    static final Duration T = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).pace(Pace.BURST)
            .scenario(Scenario.builder()
                    .turn(Turn.builder().userTranscript("Where is my order A1?")
                            .reply(Reply.builder().functionCall("lookup_order", "{\"order_id\":\"A1\"}", "call_lookup")
                                    .build())
                            .followUp(Reply.builder().message("It arrives Friday. Goodbye!")
                                    .functionCall("end_call", "{\"reason\":\"answered\"}", "call_end").build())
                            .build())
                    .build())
            .build();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setApiKey(KEY);
                c.getConfiguration().setBaseUrl(sim.baseUrl());

                from("gpt-realtime:desk?webhook=true&webhookPort=0&webhookPath=/hooks/openai"
                     + "&webhookSecret=RAW(" + SECRET + ")&instructions=RAW(You are the front desk of ACME.)"
                     + "&voice=marin&inputTranscriptionModel=gpt-4o-transcribe&callControlTools=true"
                     + "&transferTargets=RAW(sales=sip:sales@example.com)")
                        .routeId("calls")
                        .to("mock:calls")
                        .choice()
                            .when(header(GptRealtimeConstants.CALL_FROM).contains("+1999"))
                                .setHeader(GptRealtimeConstants.CALL_DECISION, constant("reject"))
                                .setHeader(GptRealtimeConstants.SIP_STATUS, constant(486))
                            .when(header(GptRealtimeConstants.CALL_FROM).contains("+1888"))
                                .setHeader(GptRealtimeConstants.CALL_DECISION, constant("refer"))
                                .setHeader(GptRealtimeConstants.TRANSFER_TARGET, constant("tel:+14155550123"))
                            .when(header(GptRealtimeConstants.CALL_FROM).contains("+1777"))
                                .setHeader(GptRealtimeConstants.CALL_SESSION_CONFIG,
                                        constant("{\"instructions\":\"Speak French.\"}"))
                            .when(header(GptRealtimeConstants.CALL_FROM).contains("+1666"))
                                .throwException(new IllegalStateException("the CRM is down"))
                            .when(header(GptRealtimeConstants.CALL_FROM).contains("+1555"))
                                .setHeader(GptRealtimeConstants.CALL_DECISION, constant("transfer-somewhere"))
                        .end();

                from("gpt-realtime:desk?tool=lookup_order&toolDescription=Finds an order&parameter.order_id=string")
                        .routeId("lookup_order")
                        .setBody(simple("{\"order\":\"${body[order_id]}\",\"eta\":\"Friday\"}"));

                from("gpt-realtime:desk?events=call.started,call.dtmf,call.ended,session.closed")
                        .routeId("events")
                        .to("mock:events");

                from("direct:op").routeId("op").to("gpt-realtime:desk");
            }
        };
    }

    // ---------------------------------------------------------------------------------------------- refusals

    @Test
    void forgedWrongSecretStaleAndMalformedWebhooksNeverReachTheRoute() throws Exception {
        MockEndpoint calls = getMockEndpoint("mock:calls");
        calls.expectedMessageCount(0);
        SimulatedSipCall call = sim.newSipCall(headers("+14155550100"));

        WebhookDelivery forged = call.webhook(webhookUrl(), SECRET).signature("v1," + Base64.getEncoder()
                .encodeToString(new byte[32])).send();
        assertEquals(401, forged.status());
        assertTrue(forged.responseBody().contains("bad_signature"), forged.responseBody());

        String otherSecret = "whsec_" + Base64.getEncoder().encodeToString("another-project-key".getBytes());
        assertEquals(401, call.webhook(webhookUrl(), SECRET).secret(otherSecret).send().status());

        WebhookDelivery stale = call.webhook(webhookUrl(), SECRET).timestamp(Instant.now().minusSeconds(301)).send();
        assertEquals(401, stale.status());
        assertTrue(stale.responseBody().contains("stale_timestamp"), stale.responseBody());
        assertEquals(401, call.webhook(webhookUrl(), SECRET).timestamp(Instant.now().plusSeconds(400)).send().status(),
                "a timestamp from the future is as suspect");

        assertEquals(401, call.webhook(webhookUrl(), SECRET).signature("").send().status(), "no signature");

        assertEquals(400, call.webhook(webhookUrl(), SECRET).body("this is not json").send().status());
        assertEquals(400, call.webhook(webhookUrl(), SECRET)
                .body("{\"type\":\"realtime.call.incoming\",\"data\":{\"sip_headers\":[]}}").send().status(),
                "no call id");

        assertEquals(404, call.webhook(webhookUrl().replace("/hooks/openai", "/hooks/other"), SECRET).send().status());
        assertEquals(405, call.webhook(webhookUrl(), SECRET).method("GET").send().status());

        Thread.sleep(300); // nothing may arrive late either
        calls.assertIsSatisfied();
        assertEquals(List.of(), sim.restRequests(), "OpenAI was never called");
        assertEquals(SimulatedSipCall.State.RINGING, call.state());
    }

    @Test
    void aReplayedWebhookIdIsRefusedAndTheCallRoutedOnce() throws Exception {
        MockEndpoint calls = getMockEndpoint("mock:calls");
        calls.expectedMessageCount(1);
        SimulatedSipCall call = sim.newSipCall(headers("+14155550101"));
        WebhookDelivery first = call.webhook(webhookUrl(), SECRET).send();
        assertEquals(200, first.status());
        WebhookDelivery replay = first.resend();
        assertEquals(401, replay.status());
        assertTrue(replay.responseBody().contains("replayed"), replay.responseBody());
        // a new delivery of the same call (new webhook-id) is acknowledged but not routed twice
        assertEquals(200, call.webhook(webhookUrl(), SECRET).send().status());
        calls.assertIsSatisfied(5000);
        Thread.sleep(300);
        calls.assertIsSatisfied();
        call.awaitState(SimulatedSipCall.State.ACCEPTED, T);
        assertEquals(1, sim.awaitRestRequests("accept", 1, T).size());
        call.awaitSideband(T);
        call.callerHangsUp();
    }

    // ---------------------------------------------------------------------------------------------- accept

    @Test
    void anAcceptedCallRunsAToolRouteAndTheModelHangsUp() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        MockEndpoint calls = getMockEndpoint("mock:calls");
        SimulatedSipCall call = sim.placeSipCall(webhookUrl(), SECRET, headers("+14155550102"));

        calls.expectedMessageCount(1);
        calls.assertIsSatisfied(5000);
        Exchange routed = calls.getExchanges().get(0);
        assertEquals(call.callId(), routed.getMessage().getHeader(GptRealtimeConstants.PHONE_CALL_ID));
        assertEquals("openai", routed.getMessage().getHeader(GptRealtimeConstants.CALL_GATEWAY));
        assertEquals("\"Ann\" <sip:+14155550102@carrier.example>;tag=9",
                routed.getMessage().getHeader(GptRealtimeConstants.CALL_FROM));
        assertEquals("<sip:+18005550199@sip.api.openai.com>", routed.getMessage().getHeader(GptRealtimeConstants.CALL_TO));
        assertEquals("openai:" + call.callId(), routed.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
        assertEquals("realtime.call.incoming", routed.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE));
        Map<?, ?> body = routed.getMessage().getBody(Map.class);
        assertEquals("x-acme-7", body.get("X-Account"));

        // accepted with the agent's configuration, tool routes and call control tools, without audio formats
        call.awaitState(SimulatedSipCall.State.ACCEPTED, T);
        RestRequest accept = sim.awaitRestRequests("accept", 1, T).get(0);
        assertEquals(200, accept.status());
        JsonNode session = accept.body();
        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeSessionCreateRequestGA", session.toString()));
        assertEquals("realtime", session.path("type").asText());
        assertEquals("gpt-realtime-2", session.path("model").asText());
        assertEquals("You are the front desk of ACME.", session.path("instructions").asText());
        assertEquals("marin", session.path("audio").path("output").path("voice").asText());
        assertTrue(session.path("audio").path("input").path("format").isMissingNode());
        assertTrue(session.path("audio").path("output").path("format").isMissingNode());
        assertEquals(List.of("lookup_order", "end_call", "transfer_call"), toolNames(session));
        assertEquals("[\"sales\"]", session.path("tools").get(2).path("parameters").path("properties")
                .path("target").path("enum").toString(), "the model sees names, never numbers");

        // the sideband attaches as a session of the agent
        SimulatedSession side = call.awaitSideband(T);
        assertEquals(call.callId(), side.handshake().queryParameter("call_id"));
        assertEquals("Bearer " + KEY, side.handshake().header("Authorization"));
        await().atMost(T).until(() -> events.getExchanges().stream().anyMatch(e -> "call.started"
                .equals(e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE))));

        // the caller asks; the model calls the tool route, gets its answer, says goodbye and hangs up
        call.callerSpeaks(Duration.ofMillis(600));
        List<RecordedEvent> outputs = side.awaitReceived("conversation.item.create", 2, T);
        JsonNode lookup = outputs.stream().map(RecordedEvent::json)
                .filter(j -> "call_lookup".equals(j.path("item").path("call_id").asText())).findFirst().orElseThrow()
                .path("item");
        assertEquals("function_call_output", lookup.path("type").asText());
        assertEquals("{\"order\":\"A1\",\"eta\":\"Friday\"}", lookup.path("output").asText());

        RestRequest hangup = sim.awaitRestRequests("hangup", 1, T).get(0);
        assertEquals(call.callId(), hangup.callId());
        call.awaitState(SimulatedSipCall.State.ENDED, T);
        side.awaitClosed(T);

        await().atMost(T).until(() -> types(events).contains("session.closed"));
        List<String> lifecycle = types(events);
        assertEquals(List.of("call.started", "call.ended", "session.closed"), lifecycle);
        Exchange ended = events.getExchanges().get(1);
        assertEquals("agent", ended.getMessage().getHeader(GptRealtimeConstants.CALL_ENDED_BY));
        assertEquals("openai:" + call.callId(), ended.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
        assertTrue(side.receivedOfType("input_audio_buffer.append").isEmpty(), "no audio on a sideband, ever");
        assertNull(context.getComponent("gpt-realtime", GptRealtimeComponent.class).getEngine().agent("desk")
                .session("openai:" + call.callId()), "the session is gone");
    }

    @Test
    void theRouteOverridesTheSessionPerCall() throws Exception {
        SimulatedSipCall call = sim.placeSipCall(webhookUrl(), SECRET, headers("+17775550100"));
        call.awaitState(SimulatedSipCall.State.ACCEPTED, T);
        JsonNode session = call.acceptedSession();
        assertEquals("Speak French.", session.path("instructions").asText());
        assertEquals("marin", session.path("audio").path("output").path("voice").asText(), "the rest stays");
        call.awaitSideband(T);
        await().atMost(T).until(() -> types(getMockEndpoint("mock:events")).contains("call.started"));
        call.callerHangsUp();
        await().atMost(T).until(() -> types(getMockEndpoint("mock:events")).contains("session.closed"));
        Exchange ended = getMockEndpoint("mock:events").getExchanges().stream().filter(e -> "call.ended"
                .equals(e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE))).findFirst().orElseThrow();
        assertEquals("caller", ended.getMessage().getHeader(GptRealtimeConstants.CALL_ENDED_BY));
    }

    @Test
    void dtmfAndHangUpFromARoute() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        SimulatedSipCall call = sim.placeSipCall(webhookUrl(), SECRET, headers("+14155550103"));
        call.awaitState(SimulatedSipCall.State.ACCEPTED, T);
        SimulatedSession side = call.awaitSideband(T);
        await().atMost(T).until(() -> types(events).contains("call.started"));
        call.callerPresses("4#");
        await().atMost(T).until(() -> types(events).stream().filter("call.dtmf"::equals).count() == 2);
        assertEquals("4", events.getExchanges().get(1).getMessage().getHeader(GptRealtimeConstants.DTMF));

        // no audio can be sent on the sideband, whatever a route tries
        Exchange audio = template.request("direct:op", e -> {
            e.getMessage().setHeader(GptRealtimeConstants.OPERATION, "appendAudio");
            e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, "openai:" + call.callId());
            e.getMessage().setBody(new byte[4800]);
        });
        assertTrue(audio.isFailed());
        assertTrue(audio.getException().getMessage().contains("sideband"), audio.getException().getMessage());

        Exchange hangUp = template.request("direct:op", e -> {
            e.getMessage().setHeader(GptRealtimeConstants.OPERATION, "hangUp");
            e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, "openai:" + call.callId());
        });
        assertFalse(hangUp.isFailed(), () -> String.valueOf(hangUp.getException()));
        assertEquals(call.callId(), hangUp.getMessage().getHeader(GptRealtimeConstants.PHONE_CALL_ID));
        call.awaitState(SimulatedSipCall.State.ENDED, T);
        assertEquals(SimulatedSipCall.EndedBy.API, call.endedBy());
        side.awaitClosed(T);
        assertTrue(side.receivedOfType("input_audio_buffer.append").isEmpty());
    }

    // ---------------------------------------------------------------------------------------------- decisions

    @Test
    void rejectReferAndFailingRoutes() throws Exception {
        SimulatedSipCall busy = sim.placeSipCall(webhookUrl(), SECRET, headers("+19995550100"));
        assertEquals(486, busy.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode());

        SimulatedSipCall sales = sim.placeSipCall(webhookUrl(), SECRET, headers("+18885550100"));
        assertEquals("tel:+14155550123", sales.awaitState(SimulatedSipCall.State.TRANSFERRED, T).referTarget());

        SimulatedSipCall crmDown = sim.placeSipCall(webhookUrl(), SECRET, headers("+16665550100"));
        assertEquals(500, crmDown.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode(),
                "a failing route rejects the call instead of leaving it ringing");

        SimulatedSipCall nonsense = sim.placeSipCall(webhookUrl(), SECRET, headers("+15555550100"));
        assertEquals(500, nonsense.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode());

        assertTrue(sim.restRequests().stream().noneMatch(r -> r.operation().equals("accept")));
        assertEquals(0, context.getComponent("gpt-realtime", GptRealtimeComponent.class).getEngine().agent("desk")
                .sessions().size(), "no sideband for calls that were not accepted");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String webhookUrl() {
        GptRealtimeWebhookConsumer consumer = (GptRealtimeWebhookConsumer) context.getRoute("calls").getConsumer();
        return "http://127.0.0.1:" + consumer.getWebhookPort() + "/hooks/openai";
    }

    static Map<String, String> headers(String caller) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("From", "\"Ann\" <sip:" + caller + "@carrier.example>;tag=9");
        h.put("To", "<sip:+18005550199@sip.api.openai.com>");
        h.put("Call-ID", "c" + caller.substring(1) + "@carrier.example");
        h.put("X-Account", "x-acme-7");
        return h;
    }

    static List<String> toolNames(JsonNode session) {
        return java.util.stream.StreamSupport.stream(session.path("tools").spliterator(), false)
                .map(t -> t.path("name").asText()).toList();
    }

    static List<String> types(MockEndpoint mock) {
        return mock.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE, String.class)).toList();
    }

    static int status(String url, String method) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertNotNull(r);
        return r.statusCode();
    }
}
