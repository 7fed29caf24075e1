package io.gptrealtime.it;

import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.audio.PcmAudio;
import io.gptrealtime.camel.audio.WavReader;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A full spoken turn through routes written in the YAML DSL (src/test/resources/routes/full-turn.camel.yaml). */
class FullTurnYamlDslIT extends CamelTestSupport {

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder()
            .apiKey(SimulatedCall.KEY).scenario(SimulatedCall.scenario()).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the YAML routes take the service's address and key from properties, as an application would
        context.getPropertiesComponent().addInitialProperty("realtime.base-url", sim.baseUrl());
        context.getPropertiesComponent().addInitialProperty("realtime.api-key", SimulatedCall.KEY);
        return context;
    }

    @Override
    protected void doPostSetup() throws Exception {
        Resource routes = ResourceHelper.resolveMandatoryResource(context, "classpath:routes/full-turn.camel.yaml");
        PluginHelper.getRoutesLoader(context).loadRoutes(routes);
    }

    @Test
    void speechInTranscriptsAndSpeechOut() throws Exception {
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        transcripts.expectedBodiesReceivedInAnyOrder(SimulatedCall.QUESTION, SimulatedCall.ANSWER);

        Exchange reply = template.request("direct:question", e -> {
            e.getMessage().setBody(SimulatedCall.bytes("audio/question.wav"));
            e.getMessage().setHeader(GptRealtimeConstants.SESSION_KEY, "yaml-caller");
        });
        if (reply.getException() != null) {
            throw reply.getException();
        }
        assertEquals(SimulatedCall.QUESTION, reply.getMessage().getHeader("heard"));
        assertEquals(SimulatedCall.ANSWER, reply.getMessage().getHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT));
        PcmAudio got = WavReader.readPcm(reply.getMessage().getBody(byte[].class));
        PcmAudio expected = WavReader.readPcm(SimulatedCall.bytes("audio/answer.wav"));
        assertArrayEquals(expected.samples(), got.samples(), "the answer WAV holds the assistant's audio");
        transcripts.assertIsSatisfied(10_000);
    }
}
