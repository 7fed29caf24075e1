package io.gptrealtime.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.GptRealtimeWebhookConsumer;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.SimulatedSipCall;
import io.gptrealtime.simulator.Turn;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAI SIP call router written in the YAML DSL (src/test/resources/routes/openai-sip.camel.yaml). */
class OpenAiSipYamlDslIT extends CamelTestSupport {

    static final String KEY = "sk-yaml-sip-key";
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("yaml-webhook-secret"
            .getBytes(StandardCharsets.UTF_8));
    static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).pace(Pace.BURST)
            .scenario(Scenario.builder()
                    .turn(Turn.builder().userTranscript("Could I get a club sandwich to my room?")
                            .reply(Reply.builder().functionCall("order_room_service", "{\"item\":\"club sandwich\"}",
                                    "call_order").build())
                            .followUp(Reply.builder().message("Your sandwich arrives in 20 minutes. Good night!")
                                    .functionCall("end_call", "{}", "call_bye").build())
                            .build())
                    .build())
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("realtime.base-url", sim.baseUrl());
        context.getPropertiesComponent().addInitialProperty("realtime.api-key", KEY);
        context.getPropertiesComponent().addInitialProperty("openai.webhook-secret", SECRET);
        context.getPropertiesComponent().addInitialProperty("webhook.port", "0");
        return context;
    }

    @Override
    protected void doPostSetup() throws Exception {
        Resource routes = ResourceHelper.resolveMandatoryResource(context, "classpath:routes/openai-sip.camel.yaml");
        PluginHelper.getRoutesLoader(context).loadRoutes(routes);
    }

    private String webhookUrl() {
        int port = ((GptRealtimeWebhookConsumer) context.getRoute("openai-calls").getConsumer()).getWebhookPort();
        return "http://127.0.0.1:" + port + "/openai/webhook";
    }

    @Test
    void aGuestOrdersRoomServiceAndTheConciergeHangsUp() throws Exception {
        MockEndpoint lifecycle = getMockEndpoint("mock:lifecycle");
        lifecycle.expectedHeaderValuesReceivedInAnyOrder(GptRealtimeConstants.EVENT_TYPE, "call.started",
                "call.ended", "session.closed");
        SimulatedSipCall call = sim.placeSipCall(webhookUrl(), SECRET, headers("+14155550100"));
        JsonNode accepted = call.awaitState(SimulatedSipCall.State.ACCEPTED, T).acceptedSession();
        assertTrue(accepted.path("instructions").asText().endsWith("calls from sip:+14155550100@carrier.example."),
                accepted.path("instructions").asText());
        assertEquals(List.of("order_room_service", "end_call"), accepted.path("tools").findValuesAsText("name"));

        SimulatedSession side = call.awaitSideband(T);
        side.awaitSent("session.updated", T);
        call.callerSpeaks(Duration.ofMillis(600));
        List<RecordedEvent> outputs = side.awaitReceived("conversation.item.create", 2, T);
        assertEquals("{\"ordered\": \"club sandwich\", \"minutes\": 20}",
                outputs.get(0).json().path("item").path("output").asText());
        call.awaitState(SimulatedSipCall.State.ENDED, T);
        lifecycle.assertIsSatisfied(10_000);
    }

    @Test
    void premiumRateCallersAreDeclined() throws Exception {
        MockEndpoint routed = getMockEndpoint("mock:routed");
        routed.expectedMessageCount(1);
        SimulatedSipCall call = sim.placeSipCall(webhookUrl(), SECRET, headers("+19005550100"));
        assertEquals(603, call.awaitState(SimulatedSipCall.State.REJECTED, T).rejectStatusCode());
        routed.assertIsSatisfied(5000);
        // the call's state changes before the simulator logs the request that changed it: wait for the log
        sim.awaitRestRequests("reject", 1, T);
        assertEquals(List.of("reject"), sim.restRequests().stream().map(r -> r.operation()).toList());
    }

    static Map<String, String> headers(String caller) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("From", "sip:" + caller + "@carrier.example");
        h.put("To", "sip:+18005550199@sip.api.openai.com");
        return h;
    }
}
