package io.gptrealtime.camel.openai.sip;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.simulator.Pace;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.SimulatedSipCall;
import io.gptrealtime.simulator.Turn;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model transfers a call with the transfer_call tool: an unknown name is answered with an error (and a response,
 * so the model can react), a configured name becomes a SIP REFER to its URI once the response is done.
 */
class ModelCallControlTest extends CamelTestSupport {

    static final String KEY = "sk-transfer-test-key";
    static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY).pace(Pace.BURST)
            .scenario(Scenario.builder()
                    .turn(Turn.builder().userTranscript("Put me through to your boss.")
                            .reply(Reply.builder().functionCall("transfer_call", "{\"target\":\"ceo\"}", "call_ceo")
                                    .build())
                            .followUp(Reply.builder().message("I can put you through to sales.")
                                    .functionCall("transfer_call", "{\"target\":\"sales\"}", "call_sales").build())
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
                from("direct:accept").to("gpt-realtime:desk?operation=acceptCall&callControlTools=true"
                                         + "&transferTargets=RAW(sales=sip:sales@example.com,support=tel:+15550100)");
                from("gpt-realtime:desk?events=call.ended,session.closed").to("mock:events");
            }
        };
    }

    @Test
    void theModelTransfersToANamedTargetOnly() throws Exception {
        getMockEndpoint("mock:events").expectedMessageCount(2);
        SimulatedSipCall call = sim.newSipCall(Map.of("From", "sip:+14155550100@carrier.example"));
        Exchange accepted = template.request("direct:accept",
                e -> e.getMessage().setHeader(GptRealtimeConstants.PHONE_CALL_ID, call.callId()));
        assertFalse(accepted.isFailed(), () -> String.valueOf(accepted.getException()));
        SimulatedSession side = call.awaitSideband(T);
        JsonNode tools = call.acceptedSession().path("tools");
        assertEquals("end_call", tools.get(0).path("name").asText());
        assertEquals("[\"sales\",\"support\"]", tools.get(1).path("parameters").path("properties").path("target")
                .path("enum").toString());
        side.awaitSent("session.updated", T);

        call.callerSpeaks(Duration.ofMillis(500));
        List<RecordedEvent> outputs = side.awaitReceived("conversation.item.create", 2, T);
        JsonNode refused = outputs.get(0).json().path("item");
        assertEquals("call_ceo", refused.path("call_id").asText());
        assertTrue(refused.path("output").asText().contains("unknown transfer target 'ceo'"),
                refused.path("output").asText());
        assertEquals("call_sales", outputs.get(1).json().path("item").path("call_id").asText());

        assertEquals("sip:sales@example.com", call.awaitState(SimulatedSipCall.State.TRANSFERRED, T).referTarget());
        assertEquals(1, sim.awaitRestRequests("refer", 1, T).size());
        side.awaitClosed(T);
        getMockEndpoint("mock:events").assertIsSatisfied(5000);
        Exchange ended = getMockEndpoint("mock:events").getExchanges().get(0);
        assertEquals("call.ended", ended.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE));
        assertEquals("transferred to sip:sales@example.com", ended.getMessage().getBody(String.class));
        assertTrue(sim.restRequests().stream().noneMatch(r -> r.operation().equals("hangup")));
    }
}
