package io.gptrealtime.it;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
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

/** A function tool as a YAML DSL route (src/test/resources/routes/order-tool.camel.yaml), end to end. */
class ToolYamlDslIT extends CamelTestSupport {

    static final String KEY = "sk-yaml-tool";
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .scenario(Scenario.builder()
                    .turn(Turn.builder()
                            .reply(Reply.builder().functionCall("order_status", "{\"order_id\":\"A7\"}").build())
                            .followUp(Reply.say("Order A7 has shipped."))
                            .build())
                    .build())
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("realtime.base-url", sim.baseUrl());
        context.getPropertiesComponent().addInitialProperty("realtime.api-key", KEY);
        return context;
    }

    @Override
    protected void doPostSetup() throws Exception {
        Resource routes = ResourceHelper.resolveMandatoryResource(context, "classpath:routes/order-tool.camel.yaml");
        PluginHelper.getRoutesLoader(context).loadRoutes(routes);
    }

    @Test
    void theModelCallsAYamlToolRouteAndAnswersWithItsResult() throws Exception {
        MockEndpoint answers = getMockEndpoint("mock:answers");
        answers.expectedBodiesReceived("Order A7 has shipped.");
        template.sendBodyAndHeader("direct:ask", "Where is my order A7?", GptRealtimeConstants.SESSION_KEY, "yaml-tool");
        answers.assertIsSatisfied(WAIT.toMillis());

        SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
        JsonNode tool = server.receivedOfType("session.update").get(0).json().path("session").path("tools").get(0);
        assertEquals("order_status", tool.path("name").asText());
        assertEquals("Looks up the delivery state of an order", tool.path("description").asText());
        assertEquals("string", tool.path("parameters").path("properties").path("order_id").path("type").asText());
        assertEquals("order_id", tool.path("parameters").path("required").get(0).asText());

        String callId = server.sentOfType("response.function_call_arguments.done").get(0).json().path("call_id")
                .asText();
        List<JsonNode> outputs = server.receivedOfType("conversation.item.create").stream().map(RecordedEvent::json)
                .map(j -> j.path("item")).filter(i -> "function_call_output".equals(i.path("type").asText())).toList();
        assertEquals(1, outputs.size(), "answered exactly once");
        assertEquals(callId, outputs.get(0).path("call_id").asText());
        JsonNode output = new ObjectMapper().readTree(outputs.get(0).path("output").asText());
        assertEquals("A7", output.path("order_id").asText(), "the arguments reached the route as a Map body");
        assertEquals("shipped", output.path("status").asText());
        assertEquals("order_status", output.path("tool").asText());
        assertEquals(2, server.receivedOfType("response.create").size(), "the question's and one follow-up");
        assertTrue(server.sentOfType("error").isEmpty(), server.sentOfType("error").toString());
    }
}
