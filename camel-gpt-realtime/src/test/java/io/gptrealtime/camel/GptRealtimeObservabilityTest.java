package io.gptrealtime.camel;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.Usage;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JMX attributes of consumers and producers, readiness checks and the dev console, against the simulator. */
class GptRealtimeObservabilityTest extends CamelTestSupport {

    static final String KEY = "sk-observability-secret-0042";
    static final String WRONG_KEY = "sk-wrong-key-must-not-leak-77";
    static final int CLOSED_PORT = AvailablePortFinder.getNextAvailable();

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder()
            .apiKey(KEY)
            .scenario(Scenario.builder()
                    .turn("Hello?", Reply.builder().message("Hello there.", AudioSource.tone(440, Duration.ofMillis(300)))
                            .usage(GptRealtimeUsageTest.FIRST).build())
                    .build())
            .build();

    @Override
    public void configureTest(TestExecutionConfiguration testConfiguration) {
        super.configureTest(testConfiguration);
        testConfiguration.withJMX(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                c.getConfiguration().setApiKey(KEY);

                from("direct:text").routeId("caller").to("gpt-realtime:desk");
                from("gpt-realtime:desk?events=response.done").routeId("desk").to("mock:done");
                from("direct:text-jmx-drop").to("gpt-realtime:dropper?createResponse=false");
                from("gpt-realtime:dropper?events=session.reconnected").routeId("dropper").to("mock:reconnected");
                from("gpt-realtime:badkey?apiKey=" + WRONG_KEY + "&events=response.done").routeId("badkey")
                        .to("mock:never");
                from("gpt-realtime:nowhere?baseUrl=http://127.0.0.1:" + CLOSED_PORT + "/v1&connectTimeout=2000"
                     + "&events=response.done").routeId("nowhere").to("mock:never");
            }
        };
    }

    @Test
    void consumersAndProducersShowTheAgentsUsageOverJmx() throws Exception {
        getMockEndpoint("mock:done").expectedMessageCount(1);
        template.sendBodyAndHeader("direct:text", "Hello?", GptRealtimeConstants.SESSION_KEY, "jmx-1");
        getMockEndpoint("mock:done").assertIsSatisfied(10_000);

        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        ObjectName consumer = only(mbeans, "org.apache.camel:context=" + context.getManagementName()
                                           + ",type=consumers,name=GptRealtimeConsumer*,*", "desk");
        assertEquals("desk", mbeans.getAttribute(consumer, "AgentName"));
        assertEquals(1L, mbeans.getAttribute(consumer, "Responses"));
        assertEquals(1L, mbeans.getAttribute(consumer, "SessionsOpened"));
        assertEquals(1, mbeans.getAttribute(consumer, "LiveSessions"));
        assertEquals(2140L, mbeans.getAttribute(consumer, "TotalTokens"));
        assertEquals(0, GptRealtimeUsageTest.FIRST_COST.compareTo((BigDecimal) mbeans.getAttribute(consumer,
                "CostUsd")));
        assertEquals(0L, mbeans.getAttribute(consumer, "DroppedEvents"));

        ObjectName producer = only(mbeans, "org.apache.camel:context=" + context.getManagementName()
                                           + ",type=producers,name=GptRealtimeProducer*,*", "desk");
        assertEquals(1L, mbeans.getAttribute(producer, "Responses"));
        assertEquals(0, GptRealtimeUsageTest.FIRST_COST.compareTo((BigDecimal) mbeans.getAttribute(producer,
                "CostUsd")));
    }

    @Test
    void aConnectionResumedInPlaceCountsAsAReconnect() throws Exception {
        getMockEndpoint("mock:reconnected").expectedMessageCount(1);
        template.sendBodyAndHeader("direct:text-jmx-drop", "Hello?", GptRealtimeConstants.SESSION_KEY, "drop-1");
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        ObjectName consumer = only(mbeans, "org.apache.camel:context=" + context.getManagementName()
                                           + ",type=consumers,name=GptRealtimeConsumer*,*", "dropper");
        assertEquals(0L, mbeans.getAttribute(consumer, "Reconnects"));
        sim.lastSession().drop();
        getMockEndpoint("mock:reconnected").assertIsSatisfied(10_000);
        assertEquals(1L, mbeans.getAttribute(consumer, "Reconnects"));
        assertEquals(1, mbeans.getAttribute(consumer, "LiveSessions"), "the same session went on");
    }

    @Test
    void readinessIsDownWithDetailsWhenTheKeyIsRejectedOrTheServiceUnreachable() {
        HealthCheck.Result good = readiness("consumer:desk");
        assertEquals(HealthCheck.State.UP, good.getState(), () -> String.valueOf(good.getMessage()));

        HealthCheck.Result badKey = readiness("consumer:badkey");
        assertEquals(HealthCheck.State.DOWN, badKey.getState());
        assertTrue(badKey.getMessage().orElse("").startsWith("The service rejected the API key"),
                badKey.getMessage().orElse(""));
        assertEquals("key_rejected", badKey.getDetails().get("failure"));
        assertEquals("invalid_api_key", badKey.getDetails().get("error.code"));
        assertEquals("badkey", badKey.getDetails().get("agent"));
        assertFalse(badKey.toString().contains(WRONG_KEY) || badKey.getMessage().orElse("").contains(WRONG_KEY)
                    || String.valueOf(badKey.getDetails()).contains(WRONG_KEY), "the key never shows");

        HealthCheck.Result nowhere = readiness("consumer:nowhere");
        assertEquals(HealthCheck.State.DOWN, nowhere.getState());
        assertEquals("unreachable", nowhere.getDetails().get("failure"), String.valueOf(nowhere.getMessage()));
        assertTrue(String.valueOf(nowhere.getDetails().get("service.url")).contains(":" + CLOSED_PORT + "/"));
        java.util.Map<String, String> down = HealthCheckHelper.invokeReadiness(context).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.getCheck().getId(),
                        r -> r.getMessage().orElse("") + " " + r.getDetails()));
        // only the two broken consumers; other consumers of this class are not this test's subject (a probe of theirs
        // can time out on a loaded build machine)
        assertTrue(down.keySet().containsAll(java.util.Set.of("consumer:badkey", "consumer:nowhere"))
                   && !down.containsKey("consumer:desk"), "the overall readiness lists the DOWN consumers: " + down);
    }

    @Test
    void theDevConsoleListsLiveSessionsWithStateAgeCostAndLastEvent() throws Exception {
        getMockEndpoint("mock:done").expectedMessageCount(1);
        template.sendBodyAndHeader("direct:text", "Hello?", GptRealtimeConstants.SESSION_KEY, "console-1");
        getMockEndpoint("mock:done").assertIsSatisfied(10_000);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("gpt-realtime");
        assertNotNull(console, "the generator registered the console");
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        JsonObject agent = null;
        for (Object o : (JsonArray) ((JsonObject) ((JsonArray) json.get("components")).get(0)).get("agents")) {
            if ("desk".equals(((JsonObject) o).get("agent"))) {
                agent = (JsonObject) o;
            }
        }
        assertNotNull(agent, json::toJson);
        JsonObject session = (JsonObject) ((JsonArray) agent.get("sessions")).get(0);
        assertEquals("console-1", session.get("sessionKey"));
        assertEquals("OPEN", session.get("state"));
        assertEquals("gpt-realtime-2", session.get("model"));
        assertEquals("0.0500736", session.get("costUsd"));
        assertEquals("response.done", session.get("lastEvent"));
        assertTrue(((Number) session.get("ageSeconds")).longValue() >= 0);
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertTrue(text.contains("console-1") && text.contains("OPEN") && text.contains("$0.0500736"), text);
        assertFalse(text.contains(KEY) || json.toJson().contains(KEY), "no secrets in the console");
    }

    /** One readiness check by id (invokeReadiness lists only the DOWN ones at Camel's default exposure level). */
    private HealthCheck.Result readiness(String id) {
        return HealthCheckHelper.invoke(context, id, Map.of())
                .orElseThrow(() -> new AssertionError("no health check " + id));
    }

    private static ObjectName only(MBeanServer mbeans, String pattern, String agent) throws Exception {
        Set<ObjectName> names = mbeans.queryNames(new ObjectName(pattern), null);
        ObjectName found = null;
        for (ObjectName n : names) {
            if (agent.equals(mbeans.getAttribute(n, "AgentName"))) {
                found = n;
            }
        }
        assertNotNull(found, "no MBean for agent " + agent + " in " + names);
        return found;
    }
}
