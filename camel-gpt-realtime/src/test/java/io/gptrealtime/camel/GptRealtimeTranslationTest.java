package io.gptrealtime.camel;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.audio.PcmAudio;
import io.gptrealtime.camel.audio.WavReader;
import io.gptrealtime.camel.audio.WavWriter;
import io.gptrealtime.simulator.RealtimeSimulatorExtension;
import io.gptrealtime.simulator.RecordedEvent;
import io.gptrealtime.simulator.SessionKind;
import io.gptrealtime.simulator.SimulatedSession;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translation sessions (sessionType=translation) through routes: one-shot translate, and streaming with events. */
class GptRealtimeTranslationTest extends CamelTestSupport {

    static final String KEY = "sk-translation";
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static RealtimeSimulatorExtension sim = RealtimeSimulatorExtension.builder().apiKey(KEY)
            .translation("Where is the station?", "¿Dónde está la estación?")
            .build();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                GptRealtimeComponent c = getContext().getComponent("gpt-realtime", GptRealtimeComponent.class);
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                c.getConfiguration().setApiKey(KEY);

                from("direct:translate")
                        .to("gpt-realtime:interpreter?sessionType=translation&translationLanguage=es"
                            + "&inputTranscriptionModel=gpt-realtime-whisper&operation=translate&turnReply=wav");

                from("direct:live").to("gpt-realtime:live?sessionType=translation&translationLanguage=de");
                from("gpt-realtime:live?events=session.output_transcript.delta,session.output_audio.delta,"
                     + "session.closed").routeId("liveEvents")
                        .to("mock:live");

                from("direct:nolanguage").to("gpt-realtime:nolang?sessionType=translation&operation=translate");
                from("direct:text").to("gpt-realtime:live?sessionType=translation&translationLanguage=de"
                                       + "&operation=sendText");
            }
        };
    }

    /** 24 kHz PCM16: a tone at speaking level for {@code toneMs}, then silence. */
    private static byte[] speech(int toneMs, int silenceMs) {
        short[] s = new short[(toneMs + silenceMs) * 24];
        for (int i = 0; i < toneMs * 24; i++) {
            s[i] = (short) (9000 * Math.sin(2 * Math.PI * 300 * i / 24_000.0));
        }
        byte[] out = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            out[2 * i] = (byte) s[i];
            out[2 * i + 1] = (byte) (s[i] >> 8);
        }
        return out;
    }

    @Test
    void aWavIsTranslatedIntoAWavWithBothTranscripts() throws Exception {
        byte[] wav = WavWriter.toBytes(AudioFormat.REALTIME_PCM, speech(600, 600));
        Exchange reply = template.request("direct:translate", e -> e.getMessage().setBody(wav));
        if (reply.getException() != null) {
            throw reply.getException();
        }
        assertEquals("¿Dónde está la estación?",
                reply.getMessage().getHeader(GptRealtimeConstants.ASSISTANT_TRANSCRIPT));
        assertEquals("Where is the station?", reply.getMessage().getHeader(GptRealtimeConstants.USER_TRANSCRIPT));
        assertEquals(600L, reply.getMessage().getHeader(GptRealtimeConstants.AUDIO_MS));
        PcmAudio translated = WavReader.readPcm(reply.getMessage().getBody(byte[].class));
        assertEquals(24_000, translated.sampleRate());
        assertEquals(600, translated.durationMs());

        SimulatedSession server = sim.lastSession();
        assertEquals(SessionKind.TRANSLATION, server.kind());
        assertEquals("/v1/realtime/translations", server.handshake().path());
        assertEquals("gpt-realtime-translate", server.model());
        RecordedEvent update = server.receivedOfType("session.update").get(0);
        assertEquals("es", update.json().path("session").path("audio").path("output").path("language").asText());
        assertEquals("gpt-realtime-whisper", update.json().path("session").path("audio").path("input")
                .path("transcription").path("model").asText());
        assertTrue(server.sentOfType("error").isEmpty(), server.sentOfType("error").toString());
        List<RecordedEvent> appends = server.receivedOfType("session.input_audio_buffer.append");
        assertEquals(6, appends.size(), "1.2 s in the engine's 200 ms frames");
        for (RecordedEvent a : appends) {
            assertEquals(9600, Base64.getDecoder().decode(a.json().path("audio").asText()).length);
        }
        assertEquals(1, server.receivedOfType("session.close").size(), "drained, not cut");
        server.awaitClosed(WAIT);
        String key = reply.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY, String.class);
        assertTrue(key.startsWith("translate-"), key);
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> context.getComponent("gpt-realtime",
                GptRealtimeComponent.class).getEngine().agent("interpreter").session(key) == null);
    }

    @Test
    void streamedAudioIsTranslatedAsItArrivesAndRoutesSeeTheDeltas() throws Exception {
        MockEndpoint live = getMockEndpoint("mock:live");
        live.expectedMinimumMessageCount(3 + 4 + 1);
        for (byte[] chunk : List.of(speech(300, 0), speech(300, 0), speech(0, 600))) {
            template.sendBodyAndHeader("direct:live", chunk, GptRealtimeConstants.SESSION_KEY, "desk-1");
        }
        template.sendBodyAndHeaders("direct:live", null, java.util.Map.of(GptRealtimeConstants.SESSION_KEY, "desk-1",
                GptRealtimeConstants.OPERATION, GptRealtimeOperation.close));
        live.assertIsSatisfied(WAIT.toMillis());
        List<Exchange> got = live.getExchanges();
        StringBuilder text = new StringBuilder();
        int audioFrames = 0;
        for (Exchange e : got) {
            String type = e.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE, String.class);
            assertEquals("desk-1", e.getMessage().getHeader(GptRealtimeConstants.SESSION_KEY));
            if ("session.output_audio.delta".equals(type)) {
                assertEquals(9600, e.getMessage().getBody(byte[].class).length);
                assertEquals(audioFrames * 200L, e.getMessage().getHeader(GptRealtimeConstants.AUDIO_MS, Long.class));
                audioFrames++;
            } else if ("session.output_transcript.delta".equals(type)) {
                text.append(e.getMessage().getBody(String.class));
            }
        }
        assertEquals(3, audioFrames);
        assertEquals("¿Dónde está la estación?", text.toString());
        // the service's session.closed, then the component's, which carries the session's account: translation is
        // billed per audio minute ($0.034): 1.2 s sent = 0.00068 USD
        Exchange summary = got.get(got.size() - 1);
        assertEquals("session.closed", summary.getMessage().getHeader(GptRealtimeConstants.EVENT_TYPE));
        assertEquals(0, new java.math.BigDecimal("0.00068").compareTo(
                summary.getMessage().getHeader(GptRealtimeConstants.SESSION_COST, java.math.BigDecimal.class)),
                String.valueOf(summary.getMessage().getHeader(GptRealtimeConstants.SESSION_COST)));
    }

    @Test
    void aTranslationSessionWithoutATargetLanguageOrWithAConversationOperationFailsClearly() {
        Exchange noLanguage = template.request("direct:nolanguage", e -> e.getMessage().setBody(speech(200, 0)));
        assertTrue(noLanguage.getException() != null
                   && noLanguage.getException().getMessage().contains("translationLanguage"),
                String.valueOf(noLanguage.getException()));
        Exchange text = template.request("direct:text", e -> e.getMessage().setBody("Hello"));
        assertTrue(text.getException() != null
                   && text.getException().getMessage().contains("not available in translation sessions"),
                String.valueOf(text.getException()));
    }
}
