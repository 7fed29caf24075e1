package io.gptrealtime.camel.tools;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.simulator.McpServer;
import io.gptrealtime.simulator.RealtimeSimulator;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.Turn;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static io.gptrealtime.camel.tools.ToolProtocolAssert.assertToolProtocol;
import static io.gptrealtime.camel.tools.ToolProtocolAssert.responseCreates;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Function tools and MCP approvals as routes, against the simulator. The tool routes query an embedded H2 database
 * through camel-sql. Each test runs its own simulator with the script it needs; every test checks on the recorded
 * client events that each call was answered exactly once and that no response.create met an active response.
 */
class ToolRoutesTest extends CamelTestSupport {

    static final String KEY = "sk-tools-test-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    /** Makes lookup_order calls wait for each other: only calls that run concurrently get past it. */
    volatile CyclicBarrier barrier;
    /** Holds the interruptible tools until the test lets them finish. */
    volatile CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch started = new CountDownLatch(1);

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:shop" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table orders (id varchar(16) primary key, status varchar(16), eta varchar(32))");
            s.execute("insert into orders values ('A1', 'PROCESSING', 'Friday'), ('B2', 'SHIPPED', 'tomorrow')");
            s.execute("create table stock (sku varchar(16) primary key, qty int)");
            s.execute("insert into stock values ('KB-1', 3)");
            s.execute("create table refunds (order_id varchar(16) primary key, state varchar(16))");
            s.execute("insert into refunds values ('B2', 'ISSUED')");
        }
        registry.bind("shop", ds);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setApiKey(KEY);

                from("gpt-realtime:shop?tool=lookup_order&toolDescription=Looks up an order by its number"
                     + "&parameter.order_id=string&parameter.order_id.required=true"
                     + "&parameter.order_id.description=The order number, e.g. A1")
                        .routeId("lookup_order")
                        .process(e -> {
                            CyclicBarrier b = barrier;
                            if (b != null) {
                                b.await(5, TimeUnit.SECONDS);
                            }
                        })
                        .to("sql:select status, eta from orders where id = :#order_id"
                            + "?dataSource=#shop&outputType=SelectOne");

                from("gpt-realtime:shop?tool=slow_lookup&toolTimeout=300&parameter.order_id=string")
                        .routeId("slow_lookup")
                        .delay(1500)
                        .to("sql:select status from orders where id = :#order_id?dataSource=#shop&outputType=SelectOne")
                        .to("mock:slowDone");

                // the warehouses table does not exist: the route fails with a real SQL error
                from("gpt-realtime:shop?tool=warehouse_status&parameter.city=string")
                        .routeId("warehouse_status")
                        .to("sql:select * from warehouses where city = :#city?dataSource=#shop");

                from("gpt-realtime:shop?tool=parcel_eta&toolInterruption=cancel&parameter.order_id=string")
                        .routeId("parcel_eta")
                        .process(e -> awaitRelease())
                        .to("sql:select eta from orders where id = :#order_id?dataSource=#shop&outputType=SelectOne")
                        .to("mock:parcelDone");

                from("gpt-realtime:shop?tool=refund_status&toolInterruption=deliver&parameter.order_id=string")
                        .routeId("refund_status")
                        .process(e -> awaitRelease())
                        .to("sql:select state from refunds where order_id = :#order_id?dataSource=#shop"
                            + "&outputType=SelectOne")
                        .to("mock:refundDone");

                from("gpt-realtime:shop?tool=slow_search&toolFillerAfter=200&parameter.sku=string")
                        .routeId("slow_search")
                        .delay(800)
                        .to("sql:select qty from stock where sku = :#sku?dataSource=#shop&outputType=SelectOne");

                // approves a cancellation only while the order has not shipped
                from("gpt-realtime:shop?mcpApproval=true&mcpApprovalTimeout=5000")
                        .routeId("approvals")
                        .to("sql:select count(*) from orders where id = :#order_id and status <> 'SHIPPED'"
                            + "?dataSource=#shop&outputType=SelectOne")
                        .setHeader(GptRealtimeConstants.MCP_APPROVE, simple("${body} > 0", Boolean.class))
                        .setHeader(GptRealtimeConstants.MCP_APPROVAL_REASON,
                                simple("${header.CamelGptRealtimeToolName} checked against the order book"))
                        .to("mock:approvals");

                // an approver that takes longer than its agent allows
                from("gpt-realtime:slowdesk?mcpApproval=true&mcpApprovalTimeout=300")
                        .routeId("slowApprovals")
                        .delay(1500)
                        .setHeader(GptRealtimeConstants.MCP_APPROVE, constant(true))
                        .to("mock:lateApprovals");

                from("gpt-realtime:shop?events=mcp_list_tools.completed,response.mcp_call_arguments.done,"
                     + "response.mcp_call.completed,conversation.item.done")
                        .routeId("mcpEvents")
                        .filter(simple("${header.CamelGptRealtimeEventType} != 'conversation.item.done'"
                                       + " || ${header.CamelGptRealtimeItemType} == 'mcp_call'"))
                        .to("mock:mcp");
            }
        };
    }

    private void awaitRelease() throws InterruptedException {
        started.countDown();
        if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the tool");
        }
    }

    private static RealtimeSimulator simulator(Scenario scenario) {
        return RealtimeSimulator.builder().apiKey(KEY).scenario(scenario).build().start();
    }

    private void say(RealtimeSimulator sim, String key, String text, String options) {
        Exchange reply = template.request("gpt-realtime:shop?operation=sendText&baseUrl=RAW(" + sim.baseUrl() + ")"
                                          + options, e -> {
                                              e.getMessage().setBody(text);
                                              e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, key);
                                          });
        assertFalse(reply.isFailed(), () -> String.valueOf(reply.getException()));
    }

    private void speak(RealtimeSimulator sim, String key, byte[] pcm24k) {
        Exchange reply = template.request("gpt-realtime:shop?operation=appendAudio&baseUrl=RAW(" + sim.baseUrl() + ")",
                e -> {
                    e.getMessage().setBody(pcm24k);
                    e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, key);
                });
        assertFalse(reply.isFailed(), () -> String.valueOf(reply.getException()));
    }

    private static JsonNode output(Map<String, JsonNode> answers, String callId) throws Exception {
        return JSON.readTree(answers.get(callId).path("output").asText());
    }

    /** Position of the first received event matching, in the session's combined history. */
    private static long firstReceived(SimulatedSession s, String type, String field, String value) {
        return s.receivedOfType(type).stream()
                .filter(e -> value == null || e.json().toString().contains("\"" + field + "\":\"" + value + "\""))
                .mapToLong(RecordedEvent::sequence).min().orElse(Long.MAX_VALUE);
    }

    @Test
    void twoCallsInOneResponseRunConcurrentlyAndOneResponseFollows() throws Exception {
        barrier = new CyclicBarrier(2);
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().userTranscript("Where are my orders A1 and B2?")
                        .reply(Reply.builder()
                                .functionCall("lookup_order", "{\"order_id\":\"A1\"}", "call_a")
                                .functionCall("lookup_order", "{\"order_id\":\"B2\"}", "call_b").build())
                        .followUp(Reply.say("A1 arrives Friday and B2 tomorrow."))
                        .build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "parallel", "Where are my orders A1 and B2?", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 2, WAIT);

            Map<String, JsonNode> answers = assertToolProtocol(server);
            assertEquals(Set.of("call_a", "call_b"), answers.keySet());
            // both got past the barrier, so they ran at the same time, and both read the database
            assertEquals("processing", output(answers, "call_a").path("status").asText().toLowerCase());
            assertEquals("Friday", output(answers, "call_a").path("eta").asText());
            assertEquals("SHIPPED", output(answers, "call_b").path("status").asText());
            List<JsonNode> creates = responseCreates(server);
            assertEquals(2, creates.size(), "one response.create for the two calls: " + creates);
            long followUp = server.receivedOfType("response.create").get(1).sequence();
            assertTrue(followUp > firstReceived(server, "conversation.item.create", "call_id", "call_a"));
            assertTrue(followUp > firstReceived(server, "conversation.item.create", "call_id", "call_b"));
            assertEquals("A1 arrives Friday and B2 tomorrow.",
                    server.awaitSent("response.output_audio_transcript.done", WAIT).json().path("transcript")
                            .asText());
        }
    }

    @Test
    void aToolThatTakesTooLongGivesTheModelATimeoutItCanTalkAbout() throws Exception {
        MockEndpoint slowDone = getMockEndpoint("mock:slowDone");
        slowDone.expectedMessageCount(1);
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().reply(Reply.builder()
                                .functionCall("slow_lookup", "{\"order_id\":\"A1\"}", "call_slow").build())
                        .followUp(Reply.say("Sorry, the order system is slow right now.")).build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "timeout", "Where is A1?", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 2, WAIT);
            slowDone.assertIsSatisfied(5000); // the route did finish, late
            Thread.sleep(200);

            Map<String, JsonNode> answers = assertToolProtocol(server);
            JsonNode out = output(answers, "call_slow");
            assertEquals("error", out.path("status").asText());
            assertEquals("timeout", out.path("error").asText());
            assertTrue(out.path("message").asText().contains("300 ms"), out.toString());
            assertEquals(2, responseCreates(server).size());
            assertEquals(1, server.receivedOfType("conversation.item.create").stream()
                    .filter(e -> e.raw().contains("call_slow")).count(), "the late result was dropped");
        }
    }

    @Test
    void aFailingRouteGivesTheModelAnErrorOutput() throws Exception {
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().reply(Reply.builder()
                                .functionCall("warehouse_status", "{\"city\":\"Oslo\"}", "call_wh").build())
                        .followUp(Reply.say("I can't reach the warehouse system.")).build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "failure", "Is the Oslo warehouse open?", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 2, WAIT);

            Map<String, JsonNode> answers = assertToolProtocol(server);
            JsonNode out = output(answers, "call_wh");
            assertEquals("tool_failed", out.path("error").asText());
            assertTrue(out.path("message").asText().toLowerCase().contains("warehouses"), out.toString());
            assertEquals(2, responseCreates(server).size());
        }
    }

    @Test
    void anInterruptionCancelsATool() throws Exception {
        MockEndpoint parcelDone = getMockEndpoint("mock:parcelDone");
        parcelDone.expectedMessageCount(1);
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().reply(Reply.builder()
                        .functionCall("parcel_eta", "{\"order_id\":\"A1\"}", "call_eta").build()).build())
                .turn(Turn.builder().userTranscript("Actually, never mind.")
                        .reply(Reply.say("Okay. Anything else?")).build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "cancel", "When does my parcel come?", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitSent("response.done", WAIT);
            assertTrue(started.await(5, TimeUnit.SECONDS));

            speak(sim, "cancel", speech(700, 1200)); // the caller talks over the running tool
            server.awaitSent("input_audio_buffer.speech_started", WAIT);
            server.awaitSent("response.done", 2, WAIT); // the server's answer to the caller's new turn
            // the cancellation goes out at speech_started, but queues behind the rest of the caller's audio
            server.awaitReceived("conversation.item.create", 2, WAIT);
            Map<String, JsonNode> answers = assertToolProtocol(server);
            assertEquals("cancelled", output(answers, "call_eta").path("status").asText());

            release.countDown();
            parcelDone.assertIsSatisfied(5000);
            Thread.sleep(300);
            assertToolProtocol(server); // the late result was dropped
            assertEquals(1, responseCreates(server).size(), "no response.create for a cancelled tool");
        }
    }

    @Test
    void anInterruptionStillDeliversAToolThatAsksForIt() throws Exception {
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().reply(Reply.builder()
                        .functionCall("refund_status", "{\"order_id\":\"B2\"}", "call_refund").build()).build())
                .turn(Turn.builder().userTranscript("Hello? Are you there?")
                        .reply(Reply.say("Yes, I am still checking your refund."))
                        .followUp(Reply.say("Your refund for B2 was issued.")).build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "deliver", "Did you refund order B2?", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitSent("response.done", WAIT);
            assertTrue(started.await(5, TimeUnit.SECONDS));

            speak(sim, "deliver", speech(700, 1200));
            server.awaitSent("response.done", 2, WAIT);
            assertTrue(server.receivedOfType("conversation.item.create").stream()
                    .noneMatch(e -> e.raw().contains("function_call_output")), "the tool is still running");

            release.countDown();
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 3, WAIT);
            Map<String, JsonNode> answers = assertToolProtocol(server);
            assertEquals("ISSUED", answers.get("call_refund").path("output").asText());
            assertEquals(2, responseCreates(server).size());
            assertTrue(server.receivedOfType("response.create").get(1).sequence()
                       > firstReceived(server, "conversation.item.create", "call_id", "call_refund"));
            assertEquals("Your refund for B2 was issued.",
                    server.awaitSent("response.output_audio_transcript.done", 2, WAIT).get(1).json()
                            .path("transcript").asText());
        }
    }

    @Test
    void aToolAddedMidSessionReachesTheOpenSessionAndRuns() throws Exception {
        Scenario scenario = Scenario.builder()
                .turn("Hi!", Reply.say("Hello! How can I help?"))
                .turn(Turn.builder().reply(Reply.builder()
                                .functionCall("check_stock", "{\"sku\":\"KB-1\"}", "call_stock").build())
                        .followUp(Reply.say("We have 3 of them.")).build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "midsession", "Hi!", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitSent("response.done", WAIT);
            assertFalse(toolNames(server).contains("check_stock"));
            assertTrue(toolNames(server).contains("lookup_order"));

            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("gpt-realtime:shop?tool=check_stock&toolDescription=Units in stock of a product"
                         + "&parameter.sku=string&parameter.sku.required=true")
                            .routeId("check_stock")
                            .to("sql:select qty from stock where sku = :#sku?dataSource=#shop&outputType=SelectOne");
                }
            });
            server.awaitReceived("session.update", 2, WAIT);
            await().atMost(WAIT).until(() -> toolNames(server).contains("check_stock"));
            assertTrue(toolNames(server).contains("lookup_order"), "the other tools stay");

            say(sim, "midsession", "Do you have keyboards KB-1?", "");
            server.awaitReceived("response.create", 3, WAIT);
            server.awaitSent("response.done", 3, WAIT);
            Map<String, JsonNode> answers = assertToolProtocol(server);
            assertEquals("3", answers.get("call_stock").path("output").asText(), "SelectOne of one column");

            context.getRouteController().stopRoute("check_stock");
            server.awaitReceived("session.update", 3, WAIT);
            await().atMost(WAIT).until(() -> !toolNames(server).contains("check_stock"));
        }
    }

    @Test
    void aSlowToolMakesTheAssistantSayAFillerAndStillOneFollowUp() throws Exception {
        Scenario scenario = Scenario.builder()
                .turn(Turn.builder().reply(Reply.builder()
                        .functionCall("slow_search", "{\"sku\":\"KB-1\"}", "call_search").build()).build())
                .turn(Turn.builder().reply(Reply.say("One moment, I am checking."))
                        .followUp(Reply.say("We have 3 in stock.")).build())
                .build();
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "filler", "Do you have KB-1?", "");
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 3, WAIT);
            server.awaitSent("response.done", 3, WAIT);

            assertToolProtocol(server);
            List<JsonNode> creates = responseCreates(server);
            assertEquals(3, creates.size(), creates.toString());
            JsonNode filler = creates.get(1).path("response");
            assertTrue(filler.path("instructions").asText().contains("still checking"), filler.toString());
            assertEquals("none", filler.path("tool_choice").asText());
            assertEquals("call_search", filler.path("metadata").path(ToolCallOrchestrator.FILLER_TAG).asText());
            assertFalse(creates.get(2).path("response").has("instructions"), "the follow-up is a plain one");
            assertTrue(server.receivedOfType("response.create").get(2).sequence()
                       > firstReceived(server, "conversation.item.create", "call_id", "call_search"));
        }
    }

    @Test
    void anMcpCallApprovedByTheApprovalRoute() throws Exception {
        MockEndpoint mcp = getMockEndpoint("mock:mcp");
        mcp.expectedMessageCount(4);
        Scenario scenario = mcpScenario("A1", Reply.builder()
                .mcpCall("crm", "cancel_order", "{\"order_id\":\"A1\"}", "{\"cancelled\":true}")
                .message("Order A1 is cancelled.").build());
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "approve", "Please cancel order A1.", MCP_OPTIONS);
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 2, WAIT);

            Map<String, JsonNode> answers = assertToolProtocol(server);
            assertEquals(1, answers.size());
            JsonNode approval = answers.values().iterator().next();
            assertTrue(approval.path("approve").asBoolean(), approval.toString());
            assertEquals("cancel_order checked against the order book", approval.path("reason").asText());
            assertEquals(2, responseCreates(server).size());
            JsonNode done = server.sentOfType("response.done").get(1).json().path("response").path("output").get(0);
            assertEquals(approval.path("approval_request_id").asText(), done.path("approval_request_id").asText());

            JsonNode mcpTool = server.receivedOfType("session.update").get(0).json().path("session").path("tools")
                    .get(0);
            assertEquals("crm", mcpTool.path("server_label").asText());
            assertEquals("always", mcpTool.path("require_approval").asText());
            assertEquals("crm-token", mcpTool.path("authorization").asText());
            assertFalse(context.getEndpoints().toString().contains("crm-token"), "the MCP token is masked");

            mcp.assertIsSatisfied(5000);
            List<String> types = mcp.getExchanges().stream()
                    .map(e -> e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE, String.class)).toList();
            assertEquals(List.of("mcp_list_tools.completed", "response.mcp_call_arguments.done",
                    "response.mcp_call.completed", "conversation.item.done"), types);
            Exchange args = mcp.getExchanges().get(1);
            assertEquals("{\"order_id\":\"A1\"}", args.getMessage().getHeader(GptRealtimeConstants.TOOL_ARGUMENTS));
            Exchange result = mcp.getExchanges().get(3);
            assertEquals("{\"cancelled\":true}", result.getMessage().getBody(String.class));
            assertEquals("crm", result.getMessage().getHeader(GptRealtimeConstants.MCP_SERVER_LABEL));
            assertEquals("cancel_order", result.getMessage().getHeader(GptRealtimeConstants.TOOL_NAME));
        }
    }

    @Test
    void anMcpCallDeniedByTheApprovalRoute() throws Exception {
        MockEndpoint approvals = getMockEndpoint("mock:approvals");
        approvals.expectedMessageCount(1);
        Scenario scenario = mcpScenario("B2", Reply.say("Order B2 has already shipped, so I cannot cancel it."));
        try (RealtimeSimulator sim = simulator(scenario)) {
            say(sim, "deny", "Please cancel order B2.", MCP_OPTIONS);
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 2, WAIT);

            Map<String, JsonNode> answers = assertToolProtocol(server);
            JsonNode approval = answers.values().iterator().next();
            assertFalse(approval.path("approve").asBoolean(), approval.toString());
            assertEquals(2, responseCreates(server).size());
            assertTrue(server.sentOfType("response.mcp_call.completed").isEmpty());
            approvals.assertIsSatisfied(5000);
            Exchange asked = approvals.getExchanges().get(0);
            assertEquals("crm", asked.getMessage().getHeader(GptRealtimeConstants.MCP_SERVER_LABEL));
            assertEquals("deny", asked.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
            assertEquals(approval.path("approval_request_id").asText(),
                    asked.getMessage().getHeader(GptRealtimeConstants.MCP_APPROVAL_REQUEST_ID));
        }
    }

    @Test
    void anApprovalRouteSlowerThanTheTimeoutDeniesOnceAndItsLateDecisionIsDropped() throws Exception {
        MockEndpoint late = getMockEndpoint("mock:lateApprovals");
        late.expectedMessageCount(1);
        Scenario scenario = mcpScenario("C3", Reply.say("I could not get that cancellation approved in time."));
        try (RealtimeSimulator sim = simulator(scenario)) {
            Exchange reply = template.request("gpt-realtime:slowdesk?operation=sendText&baseUrl=RAW(" + sim.baseUrl()
                                              + ")" + MCP_OPTIONS, e -> {
                                                  e.getMessage().setBody("Please cancel order C3.");
                                                  e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, "slow");
                                              });
            assertFalse(reply.isFailed(), () -> String.valueOf(reply.getException()));
            SimulatedSession server = sim.awaitSessions(1, WAIT).get(0);
            server.awaitReceived("response.create", 2, WAIT);
            server.awaitSent("response.done", 2, WAIT);
            late.assertIsSatisfied(5000); // the route finished after the timeout answered for it
            Thread.sleep(200);

            Map<String, JsonNode> answers = assertToolProtocol(server);
            assertEquals(1, answers.size(), "one answer: the timeout's, not the late route's as well");
            JsonNode approval = answers.values().iterator().next();
            assertFalse(approval.path("approve").asBoolean(), approval.toString());
            assertEquals("No decision within 300 ms", approval.path("reason").asText());
            assertEquals(2, responseCreates(server).size(), "one follow-up after the denial");
            assertTrue(server.sentOfType("response.mcp_call.completed").isEmpty(), "the denied call never ran");
        }
    }

    static final String MCP_OPTIONS = "&mcpServerLabel=crm&mcpServerUrl=RAW(https://crm.example/mcp)"
                                      + "&mcpRequireApproval=always&mcpAuthorization=RAW(crm-token)";

    private static Scenario mcpScenario(String order, Reply afterDecision) {
        return Scenario.builder()
                .mcpServer(McpServer.of("crm").tool("cancel_order", "Cancels an order that has not shipped",
                        "{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}}}"))
                .turn(Turn.builder().reply(Reply.builder()
                                .mcpApprovalRequest("crm", "cancel_order", "{\"order_id\":\"" + order + "\"}").build())
                        .followUp(afterDecision).build())
                .build();
    }

    private static Set<String> toolNames(SimulatedSession server) {
        Set<String> names = new java.util.TreeSet<>();
        server.effectiveSession().path("tools").forEach(t -> names.add(t.path("name").asText(t.path("server_label")
                .asText())));
        return names;
    }

    /** 1 kHz at a speaking level for {@code voiceMs}, then silence: PCM16 24 kHz, the session's input format. */
    static byte[] speech(int voiceMs, int silenceMs) {
        int rate = 24_000;
        int n = (voiceMs + silenceMs) * rate / 1000;
        byte[] out = new byte[n * 2];
        for (int i = 0; i < voiceMs * rate / 1000; i++) {
            short v = (short) (12000 * Math.sin(2 * Math.PI * 1000 * i / rate));
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
