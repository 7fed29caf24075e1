package io.gptrealtime.it;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

import io.gptrealtime.camel.GptRealtimeComponent;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.audio.PcmAudio;
import io.gptrealtime.camel.audio.WavReader;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.SimulatedSession;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audio through a real message broker (embedded ActiveMQ Artemis): a caller's audio arrives as a queue of 100 ms
 * chunks keyed by a session header, the agent answers, and the assistant's audio and the transcripts leave on other
 * queues.
 */
class JmsAudioRoundTripIT extends CamelTestSupport {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder()
            .apiKey(SimulatedCall.KEY).scenario(SimulatedCall.scenario()).build();

    static EmbeddedActiveMQ broker;

    @BeforeAll
    static void startBroker() throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.setJournalDirectory("target/artemis/journal");
        config.setBindingsDirectory("target/artemis/bindings");
        config.setLargeMessagesDirectory("target/artemis/large");
        config.setPagingDirectory("target/artemis/paging");
        config.addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                Map.of("serverId", 7)));
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("jms", JmsComponent.jmsComponent(new ActiveMQConnectionFactory("vm://7")));
        GptRealtimeComponent gpt = context.getComponent("gpt-realtime", GptRealtimeComponent.class);
        gpt.getConfiguration().setBaseUrl(sim.baseUrl());
        gpt.getConfiguration().setApiKey(SimulatedCall.KEY);
        gpt.getConfiguration().setInputTranscriptionModel("gpt-transcribe");
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // chunks in order (one JMS consumer), each appended to the session its callId property names.
                // JMS drops Camel* headers at the broker boundary, so queues carry the key under a plain name.
                from("jms:queue:caller.audio")
                        .setHeader(GptRealtimeConstants.SESSION_KEY, header("callId"))
                        .setHeader(GptRealtimeConstants.AUDIO_FORMAT, header("audioFormat"))
                        .to("gpt-realtime:queue-agent");

                from("gpt-realtime:queue-agent?events=response.output_audio.delta,"
                     + "conversation.item.input_audio_transcription.completed,response.output_audio_transcript.done")
                        .setHeader("callId", header(GptRealtimeConstants.SESSION_KEY))
                        .choice()
                            .when(header(GptRealtimeConstants.EVENT_TYPE).isEqualTo("response.output_audio.delta"))
                                .to("jms:queue:assistant.audio")
                            .otherwise()
                                .to("jms:queue:transcripts");

                from("jms:queue:assistant.audio").to("mock:assistantAudio");
                from("jms:queue:transcripts").to("mock:transcripts");
            }
        };
    }

    @Test
    void audioChunksFromAQueueInAssistantAudioToAQueueOut() throws Exception {
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        transcripts.expectedBodiesReceived(SimulatedCall.QUESTION, SimulatedCall.ANSWER);

        PcmAudio question = WavReader.readPcm(SimulatedCall.bytes("audio/question.wav"));
        byte[] pcm = question.toPcm16Bytes();
        int chunk = 4800; // 100 ms of 24 kHz PCM16
        int chunks = 0;
        for (int off = 0; off < pcm.length; off += chunk) {
            byte[] part = Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + chunk));
            template.sendBodyAndHeaders("jms:queue:caller.audio", part,
                    Map.of("callId", "queue-caller-1", "audioFormat", "audio/pcm"));
            chunks++;
        }

        transcripts.assertIsSatisfied(20_000);
        PcmAudio answer = WavReader.readPcm(SimulatedCall.bytes("audio/answer.wav"));
        byte[] expected = answer.toPcm16Bytes();
        MockEndpoint audio = getMockEndpoint("mock:assistantAudio");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> received(audio).length >= expected.length);
        assertTrue(Arrays.equals(expected, received(audio)), "the assistant audio left the queue intact");
        assertEquals("queue-caller-1", audio.getExchanges().get(0).getMessage().getHeader("callId"));

        SimulatedSession server = sim.lastSession();
        assertEquals(1, sim.sessions().size(), "all chunks went to the one session of queue-caller-1");
        assertEquals(chunks, server.receivedOfType("input_audio_buffer.append").size(), "one append per message");
        assertEquals(1, server.sentOfType("input_audio_buffer.committed").size());
    }

    private static byte[] received(MockEndpoint audio) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Exchange e : audio.getExchanges()) {
            out.write(e.getMessage().getBody(byte[].class));
        }
        return out.toByteArray();
    }
}
