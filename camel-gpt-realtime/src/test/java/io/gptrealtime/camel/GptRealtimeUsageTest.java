package io.gptrealtime.camel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import io.gptrealtime.camel.audio.WavWriter;
import io.gptrealtime.camel.usage.SessionSummary;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.Usage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scripted call with known usage blocks: the per-response token, cost and latency headers, the session summary on
 * session.closed, the cost to the cent, and the Micrometer meters.
 */
class GptRealtimeUsageTest extends CamelTestSupport {

    static final String KEY = "sk-usage-test-secret";

    /** gpt-realtime-2: (1200-1024)·4 + 1024·0.4 + 300·32 + 40·24 + 600·64 = 50,073.6 µ$. */
    static final Usage FIRST = Usage.builder().inputTextTokens(1200).cachedTextTokens(1024).inputAudioTokens(300)
            .outputTextTokens(40).outputAudioTokens(600).build();
    static final BigDecimal FIRST_COST = new BigDecimal("0.0500736");
    /**
     * gpt-realtime-2: (2000-1536)·4 + 1536·0.4 + (800-256)·32 + 256·0.4 + 170·5 + 100·24 + 1500·64 = 119,230.8 µ$.
     */
    static final Usage SECOND = Usage.builder().inputTextTokens(2000).cachedTextTokens(1536).inputAudioTokens(800)
            .cachedAudioTokens(256).inputImageTokens(170).outputTextTokens(100).outputAudioTokens(1500).build();
    static final BigDecimal SECOND_COST = new BigDecimal("0.1192308");

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder()
            .apiKey(KEY)
            .scenario(Scenario.builder()
                    .turn("What is the weather like?", Reply.builder()
                            .message("It is sunny.", AudioSource.tone(440, Duration.ofMillis(600)))
                            .usage(FIRST).build())
                    .turn("And tomorrow?", Reply.builder()
                            .functionCall("get_forecast", "{\"day\":\"tomorrow\"}")
                            .message("Rain tomorrow.", AudioSource.tone(440, Duration.ofMillis(600)))
                            .usage(SECOND).build())
                    .build())
            .build();

    @BindToRegistry("meterRegistry")
    final MeterRegistry meterRegistry = new SimpleMeterRegistry();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                c.getConfiguration().setApiKey(KEY);

                from("direct:text").to("gpt-realtime:billing");
                from("direct:audio").to("gpt-realtime:billing");
                from("direct:close").to("gpt-realtime:billing?operation=close");
                from("gpt-realtime:billing?events=response.done,session.closed").routeId("usage")
                        .choice()
                            .when(header(GptRealtimeConstants.EVENT_TYPE).isEqualTo("response.done"))
                                .to("mock:done")
                            .otherwise()
                                .to("mock:closed");
            }
        };
    }

    @Test
    void perResponseHeadersSessionSummaryAndCostToTheCent() throws Exception {
        MockEndpoint done = getMockEndpoint("mock:done");
        MockEndpoint closed = getMockEndpoint("mock:closed");
        template.sendBodyAndHeader("direct:text", "What is the weather like?", GptRealtimeConstants.SESSION_KEY,
                "bill-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> done.getReceivedCounter() >= 1);
        template.sendBodyAndHeader("direct:text", "And tomorrow?", GptRealtimeConstants.SESSION_KEY, "bill-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> done.getReceivedCounter() >= 2);
        closed.expectedMessageCount(1);
        template.sendBodyAndHeader("direct:close", null, GptRealtimeConstants.SESSION_KEY, "bill-1");
        closed.assertIsSatisfied(10_000);

        Message first = doneOf("bill-1").get(0);
        assertEquals(1200, first.getHeader(GptRealtimeConstants.INPUT_TEXT_TOKENS));
        assertEquals(300, first.getHeader(GptRealtimeConstants.INPUT_AUDIO_TOKENS));
        assertEquals(0, first.getHeader(GptRealtimeConstants.INPUT_IMAGE_TOKENS));
        assertEquals(1024, first.getHeader(GptRealtimeConstants.CACHED_TOKENS));
        assertEquals(40, first.getHeader(GptRealtimeConstants.OUTPUT_TEXT_TOKENS));
        assertEquals(600, first.getHeader(GptRealtimeConstants.OUTPUT_AUDIO_TOKENS));
        assertEquals("gpt-realtime-2", first.getHeader(GptRealtimeConstants.MODEL));
        assertMoney(FIRST_COST, first.getHeader(GptRealtimeConstants.RESPONSE_COST));
        assertMoney(FIRST_COST, first.getHeader(GptRealtimeConstants.SESSION_COST));
        Long duration = first.getHeader(GptRealtimeConstants.RESPONSE_DURATION_MS, Long.class);
        assertNotNull(duration);
        assertTrue(duration >= 0 && duration < 10_000, "response duration " + duration);
        assertNull(first.getHeader(GptRealtimeConstants.TIME_TO_FIRST_AUDIO_MS), "a text turn has no speech_stopped");

        Message second = doneOf("bill-1").get(1);
        assertEquals(2000, second.getHeader(GptRealtimeConstants.INPUT_TEXT_TOKENS));
        assertEquals(800, second.getHeader(GptRealtimeConstants.INPUT_AUDIO_TOKENS));
        assertEquals(170, second.getHeader(GptRealtimeConstants.INPUT_IMAGE_TOKENS));
        assertEquals(1792, second.getHeader(GptRealtimeConstants.CACHED_TOKENS));
        assertEquals(100, second.getHeader(GptRealtimeConstants.OUTPUT_TEXT_TOKENS));
        assertEquals(1500, second.getHeader(GptRealtimeConstants.OUTPUT_AUDIO_TOKENS));
        assertMoney(SECOND_COST, second.getHeader(GptRealtimeConstants.RESPONSE_COST));
        assertMoney(FIRST_COST.add(SECOND_COST), second.getHeader(GptRealtimeConstants.SESSION_COST));

        Message end = closed.getExchanges().get(0).getMessage();
        assertEquals("session.closed", end.getHeader(GptRealtimeConstants.EVENT_TYPE));
        SessionSummary summary = end.getHeader(GptRealtimeConstants.SESSION_SUMMARY, SessionSummary.class);
        assertNotNull(summary);
        assertEquals("bill-1", summary.sessionKey());
        assertEquals(2, summary.turns());
        assertEquals(2, summary.responses());
        assertEquals(1, summary.toolCalls());
        assertEquals(0, summary.interruptions());
        assertEquals(3200 + 1100 + 170, summary.tokens().inputTokens());
        assertEquals(1024 + 1536 + 256, summary.tokens().cachedTokens());
        assertEquals(2240, summary.tokens().outputTokens());
        // 0.0500736 + 0.1192308 = 0.1693044 USD: $0.17
        assertMoney(new BigDecimal("0.1693044"), summary.cost());
        assertEquals(new BigDecimal("0.17"), summary.cost().setScale(2, java.math.RoundingMode.HALF_UP));
        assertMoney(summary.cost(), end.getHeader(GptRealtimeConstants.SESSION_COST));
        assertEquals(2, end.getHeader(GptRealtimeConstants.TURNS));
        assertEquals(1, end.getHeader(GptRealtimeConstants.TOOL_CALLS));
        assertEquals(0, end.getHeader(GptRealtimeConstants.INTERRUPTIONS));
        assertEquals(3200 + 1100 + 170 + 2240, end.getHeader(GptRealtimeConstants.TOTAL_TOKENS));
        long sessionMs = end.getHeader(GptRealtimeConstants.SESSION_DURATION_MS, Long.class);
        assertEquals(summary.durationMillis(), sessionMs);
        BigDecimal perMinute = end.getHeader(GptRealtimeConstants.COST_PER_MINUTE, BigDecimal.class);
        assertEquals(summary.cost().multiply(BigDecimal.valueOf(60_000))
                .divide(BigDecimal.valueOf(sessionMs), 6, java.math.RoundingMode.HALF_UP), perMinute);
        assertEquals(1.2, summary.audioOutSeconds(), 0.001, "two replies of 600 ms");

        // the same numbers in Micrometer
        assertEquals(0.1693044, meterRegistry.get("gpt.realtime.cost").tag("agent", "billing").counter().count(),
                1e-9);
        assertEquals(3200, meterRegistry.get("gpt.realtime.tokens").tag("type", "input_text").counter().count());
        assertEquals(2816, meterRegistry.get("gpt.realtime.tokens").tag("type", "cached_input").counter().count());
        assertEquals(1.2, meterRegistry.get("gpt.realtime.audio.output").counter().count(), 0.001);
        assertEquals(1, meterRegistry.get("gpt.realtime.tool.calls").counter().count());
        assertEquals(2, meterRegistry.get("gpt.realtime.response.duration").timer().count());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertEquals(0,
                meterRegistry.get("gpt.realtime.sessions.active").tag("agent", "billing").gauge().value()));
        assertEquals(1, meterRegistry.get("gpt.realtime.sessions").tag("agent", "billing").counter().count());
    }

    @Test
    void aSpokenTurnMeasuresTimeToFirstAudioAndAudioIn() throws Exception {
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        byte[] question = WavWriter.toBytes(GptRealtimeComponentTest.tone(24_000, 300, 1500, 900));
        template.sendBodyAndHeader("direct:audio", question, GptRealtimeConstants.SESSION_KEY, "spoken-1");
        done.assertIsSatisfied(15_000);
        Message m = done.getExchanges().get(0).getMessage();
        Long ttfa = m.getHeader(GptRealtimeConstants.TIME_TO_FIRST_AUDIO_MS, Long.class);
        assertNotNull(ttfa, "server VAD ended the speech, the answer's audio followed");
        assertTrue(ttfa >= 0 && ttfa < 10_000, "time to first audio " + ttfa);
        assertMoney(FIRST_COST, m.getHeader(GptRealtimeConstants.RESPONSE_COST));

        MockEndpoint closed = getMockEndpoint("mock:closed");
        closed.expectedMessageCount(1);
        template.sendBodyAndHeader("direct:close", null, GptRealtimeConstants.SESSION_KEY, "spoken-1");
        closed.assertIsSatisfied(10_000);
        SessionSummary summary = closed.getExchanges().get(0).getMessage()
                .getHeader(GptRealtimeConstants.SESSION_SUMMARY, SessionSummary.class);
        assertEquals(2.7, summary.audioInSeconds(), 0.01, "the 2.7 s question, resampled to 24 kHz PCM16");
        assertEquals(1, summary.turns());
        assertEquals(1, summary.timeToFirstAudio().count());
        assertEquals(1, meterRegistry.get("gpt.realtime.time.to.first.audio").timer().count());
        assertEquals(2.7, meterRegistry.get("gpt.realtime.audio.input").counter().count(), 0.01);
    }

    private List<Message> doneOf(String key) {
        return getMockEndpoint("mock:done").getExchanges().stream().map(Exchange::getMessage)
                .filter(m -> key.equals(m.getHeader(GptRealtimeConstants.SESSION_KEY))).toList();
    }

    static void assertMoney(BigDecimal expected, Object actual) {
        assertNotNull(actual, "no cost");
        assertEquals(0, expected.compareTo((BigDecimal) actual), "expected " + expected + " USD, was " + actual);
    }
}
