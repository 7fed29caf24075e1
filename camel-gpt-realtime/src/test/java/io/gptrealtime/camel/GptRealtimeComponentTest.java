package io.gptrealtime.camel;

import java.time.Duration;
import java.util.List;

import io.gptrealtime.camel.audio.WavReader;
import io.gptrealtime.camel.audio.WavWriter;
import io.gptrealtime.camel.audio.PcmAudio;
import io.gptrealtime.camel.session.RealtimeSessionException;
import io.gptrealtime.simulator.AudioSource;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.Reply;
import io.gptrealtime.simulator.Scenario;
import io.gptrealtime.simulator.SimulatedSession;
import io.gptrealtime.simulator.Usage;
import org.apache.camel.CamelExecutionException;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GptRealtimeComponentTest extends CamelTestSupport {

    static final String KEY = "sk-component-test-secret";

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder()
            .apiKey(KEY)
            .scenario(Scenario.builder()
                    .turn("What is the weather like?",
                            Reply.builder().message("It is sunny.", AudioSource.tone(440, Duration.ofMillis(1200)))
                                    .usage(Usage.builder().inputTextTokens(12).inputAudioTokens(30)
                                            .outputTextTokens(5).outputAudioTokens(60).build())
                                    .build())
                    .build())
            .build();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                c.getConfiguration().setApiKey(KEY);

                from("direct:text").to("gpt-realtime:helpdesk?instructions=Be brief");
                from("direct:turn").to("gpt-realtime:helpdesk?operation=turn&inputTranscriptionModel=gpt-transcribe");
                from("direct:turnWav").to("gpt-realtime:helpdesk?operation=turn&turnReply=wav");
                from("direct:close").to("gpt-realtime:helpdesk?operation=close");
                from("gpt-realtime:helpdesk?events=response.output_audio_transcript.done,response.done,session.closed")
                        .routeId("events")
                        .to("mock:events");
            }
        };
    }

    @Test
    void textInTranscriptAndUsageOutThroughTheConsumer() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(2);
        template.sendBodyAndHeader("direct:text", "What is the weather like?", GptRealtimeConstants.SESSION_KEY,
                "call-1");
        events.assertIsSatisfied(10_000);
        Exchange transcript = events.getExchanges().get(0);
        assertEquals("response.output_audio_transcript.done",
                transcript.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE));
        assertEquals("It is sunny.", transcript.getMessage().getBody(String.class));
        assertEquals("call-1", transcript.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
        assertNotNull(transcript.getMessage().getHeader(GptRealtimeConstants.RESPONSE_ID));
        Exchange done = events.getExchanges().get(1);
        assertEquals("completed", done.getMessage().getHeader(GptRealtimeConstants.RESPONSE_STATUS));
        assertEquals(12, done.getMessage().getHeader(GptRealtimeConstants.INPUT_TEXT_TOKENS));
        assertEquals(30, done.getMessage().getHeader(GptRealtimeConstants.INPUT_AUDIO_TOKENS));
        assertEquals(60, done.getMessage().getHeader(GptRealtimeConstants.OUTPUT_AUDIO_TOKENS));
        assertEquals(107, done.getMessage().getHeader(GptRealtimeConstants.TOTAL_TOKENS));

        SimulatedSession server = sim.lastSession();
        RecordedEvent update = server.receivedOfType("session.update").get(0);
        assertEquals("Be brief", update.json().path("session").path("instructions").asText());
        assertEquals("gpt-realtime-2", server.handshake().queryParameter("model"));
    }

    @Test
    void aWholeAudioTurnReturnsBothTranscripts() {
        byte[] question = WavWriter.toBytes(tone(16_000, 300, 1500, 800));
        Exchange reply = template.request("direct:turn", e -> {
            e.getMessage().setBody(question);
            e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, "turn-1");
        });
        assertFalse(reply.isFailed(), () -> String.valueOf(reply.getException()));
        assertEquals("It is sunny.", reply.getMessage().getBody(String.class));
        assertEquals("What is the weather like?",
                reply.getMessage().getHeader(GptRealtimeConstants.USER_TRANSCRIPT));
        assertEquals(1200L, reply.getMessage().getHeader(GptRealtimeConstants.AUDIO_MS));

        SimulatedSession server = sim.lastSession();
        List<RecordedEvent> appends = server.receivedOfType("input_audio_buffer.append");
        assertTrue(appends.size() >= 20, "the 2.6 s question went in 100 ms chunks: " + appends.size());
        List<String> order = server.receivedEvents().stream().map(RecordedEvent::type)
                .filter(t -> !t.equals("input_audio_buffer.append")).toList();
        assertEquals(List.of("session.update", "session.update", "input_audio_buffer.commit", "response.create"),
                order, "configure, switch to push-to-talk, then the whole body as one committed turn");
        assertTrue(server.receivedOfType("session.update").get(1).json().path("session").path("audio")
                .path("input").has("turn_detection"), "turn detection switched off with an explicit null");
    }

    @Test
    void aTurnCanReturnTheAnswerAsWav() {
        byte[] wav = template.requestBodyAndHeader("direct:turnWav", "Tell me the weather",
                GptRealtimeConstants.SESSION_KEY, "turn-wav", byte[].class);
        PcmAudio audio = WavReader.readPcm(wav);
        assertEquals(24_000, audio.sampleRate());
        assertEquals(1200, audio.durationMs());
    }

    @Test
    void closeEndsTheSessionAndTheConsumerHearsIt() throws Exception {
        template.sendBodyAndHeader("direct:text", "hi", GptRealtimeConstants.SESSION_KEY, "to-close");
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessagesMatches(e -> "session.closed"
                .equals(e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE)));
        events.setAssertPeriod(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedCounter() >= 2);
        events.reset();
        events.expectedMessageCount(1);
        template.sendBodyAndHeader("direct:close", null, GptRealtimeConstants.SESSION_KEY, "to-close");
        events.assertIsSatisfied(10_000);
        assertEquals("session.closed", events.getExchanges().get(0).getMessage()
                .getHeader(GptRealtimeConstants.EVENT_TYPE));
        assertEquals(1000, events.getExchanges().get(0).getMessage().getHeader(GptRealtimeConstants.CLOSE_CODE));
    }

    @Test
    void aWrongKeyFailsTheExchangeWithAClearErrorAndNoKey() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongKey").to("gpt-realtime:other?apiKey=sk-not-the-right-one-99");
            }
        });
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.sendBody("direct:wrongKey", "hello"));
        RealtimeSessionException cause = assertInstanceOf(RealtimeSessionException.class, e.getCause());
        assertTrue(cause.getMessage().contains("HTTP 401"), cause.getMessage());
        assertFalse(cause.getMessage().contains("sk-not-the-right-one-99"));
        String endpoints = context.getEndpoints().toString();
        assertFalse(endpoints.contains("sk-not-the-right-one-99"), endpoints);
        assertFalse(context.getEndpoints().stream().anyMatch(ep -> ep.getEndpointUri().contains(KEY)));
    }

    @Test
    void eachSessionsAssistantAudioIsRecordedAsWav(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:recorded").to("gpt-realtime:recorded?recordingDirectory=" + dir.toString().replace('\\', '/'));
            }
        });
        template.sendBodyAndHeader("direct:recorded", "What is the weather like?", GptRealtimeConstants.SESSION_KEY,
                "rec/1");
        sim.lastSession().awaitSent("response.done", Duration.ofSeconds(10));
        io.gptrealtime.camel.session.RealtimeSession session = context
                .getEndpoint("gpt-realtime:recorded", GptRealtimeEndpoint.class).getAgent().session("rec/1");
        template.sendBodyAndHeader("gpt-realtime:recorded?operation=close", null, GptRealtimeConstants.SESSION_KEY,
                "rec/1");
        session.whenClosed().get(10, java.util.concurrent.TimeUnit.SECONDS);
        java.nio.file.Path wav = dir.resolve("rec_1-assistant.wav");
        await().atMost(Duration.ofSeconds(5)).until(() -> java.nio.file.Files.exists(wav)
                                                         && WavReader.readPcm(wav).durationMs() == 1200);
        assertEquals(24_000, WavReader.readPcm(wav).sampleRate());
    }

    @Test
    void anUnknownOperationIsAClearError() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.sendBodyAndHeader("direct:text", "x", GptRealtimeConstants.OPERATION, "sing"));
        assertEquals("Unknown gpt-realtime operation 'sing'", e.getCause().getMessage());
    }

    /** Silence, a 1 kHz tone, silence: mono PCM16 at {@code rate}. */
    static PcmAudio tone(int rate, int leadMs, int toneMs, int tailMs) {
        int n = (leadMs + toneMs + tailMs) * rate / 1000;
        short[] s = new short[n];
        int start = leadMs * rate / 1000;
        int end = start + toneMs * rate / 1000;
        for (int i = start; i < end; i++) {
            s[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / rate));
        }
        return new PcmAudio(rate, s);
    }
}
