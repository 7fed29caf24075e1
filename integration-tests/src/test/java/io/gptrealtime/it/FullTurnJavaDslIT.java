package io.gptrealtime.it;

import java.io.ByteArrayOutputStream;
import java.util.List;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.PcmAudio;
import io.gptrealtime.camel.audio.WavReader;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.SimulatedSession;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full spoken turn through Java DSL routes: a caller's speech streamed in at real-time pace, server VAD ends the
 * turn, the user transcript, the assistant's audio and its transcript come out of the consumer route.
 */
class FullTurnJavaDslIT extends CamelTestSupport {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder()
            .apiKey(SimulatedCall.KEY).scenario(SimulatedCall.scenario()).build();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                c.getConfiguration().setApiKey(SimulatedCall.KEY);
                c.getConfiguration().setInputTranscriptionModel("gpt-transcribe");

                // the caller: audio in, paced like a live phone line
                from("direct:caller")
                        .to("gpt-realtime:bakery?audioPacing=realtime&chunkMs=20&voice=marin");

                from("gpt-realtime:bakery?events=conversation.item.input_audio_transcription.completed,"
                     + "response.output_audio.delta,response.output_audio_transcript.done,response.done")
                        .choice()
                            .when(header(GptRealtimeConstants.EVENT_TYPE).isEqualTo("response.output_audio.delta"))
                                .to("mock:assistantAudio")
                            .when(header(GptRealtimeConstants.EVENT_TYPE)
                                    .isEqualTo("conversation.item.input_audio_transcription.completed"))
                                .to("mock:userTranscript")
                            .when(header(GptRealtimeConstants.EVENT_TYPE)
                                    .isEqualTo("response.output_audio_transcript.done"))
                                .to("mock:assistantTranscript")
                            .otherwise()
                                .to("mock:responseDone");
            }
        };
    }

    private static long appendedMs(SimulatedSession server) {
        return AudioFormat.REALTIME_PCM.durationMs(server.receivedOfType("input_audio_buffer.append").stream()
                .mapToLong(r -> java.util.Base64.getDecoder().decode(r.json().path("audio").asText()).length).sum());
    }

    @Test
    void speechInTranscriptsAndSpeechOut() throws Exception {
        MockEndpoint user = getMockEndpoint("mock:userTranscript");
        MockEndpoint assistant = getMockEndpoint("mock:assistantTranscript");
        MockEndpoint done = getMockEndpoint("mock:responseDone");
        user.expectedBodiesReceived(SimulatedCall.QUESTION);
        assistant.expectedBodiesReceived(SimulatedCall.ANSWER);
        done.expectedMessageCount(1);

        byte[] question = SimulatedCall.bytes("audio/question.wav");
        long started = System.nanoTime();
        template.sendBodyAndHeader("direct:caller", question, GptRealtimeConstants.SESSION_KEY, "caller-1");
        long streamedMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(streamedMs >= 4000, "4.3 s of speech took " + streamedMs + " ms to stream at real-time pace");

        MockEndpoint.assertIsSatisfied(context, 20, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("completed", done.getExchanges().get(0).getMessage()
                .getHeader(GptRealtimeConstants.RESPONSE_STATUS));

        // the assistant's audio as the route received it equals the scripted answer, sample for sample
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        for (Exchange e : getMockEndpoint("mock:assistantAudio").getExchanges()) {
            heard.write(e.getMessage().getBody(byte[].class));
            assertEquals("caller-1", e.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
        }
        PcmAudio answer = WavReader.readPcm(SimulatedCall.bytes("audio/answer.wav"));
        assertEquals(answer.toPcm16Bytes().length, heard.size());
        assertTrue(java.util.Arrays.equals(answer.toPcm16Bytes(), heard.toByteArray()), "audio differs");

        // the service side: server VAD found the speech in the real recording and committed one turn
        SimulatedSession server = sim.lastSession();
        List<RecordedEvent> started1 = server.sentOfType("input_audio_buffer.speech_started");
        assertEquals(1, started1.size());
        List<RecordedEvent> committed = server.sentOfType("input_audio_buffer.committed");
        assertEquals(1, committed.size());
        // the last chunk left our side when the producer returned; give the server a moment to read it
        long expectedMs = WavReader.readPcm(question).durationMs();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> Math.abs(appendedMs(server) - expectedMs) <= 1);
        assertFalse(server.receivedOfType("response.create").size() > 0,
                "server VAD created the response; the client must not ask again");
    }
}
