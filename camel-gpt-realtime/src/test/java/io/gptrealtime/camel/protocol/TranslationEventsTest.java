package io.gptrealtime.camel.protocol;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.gptrealtime.camel.protocol.translation.TranslationAudioConfig;
import io.gptrealtime.camel.protocol.translation.TranslationAudioInput;
import io.gptrealtime.camel.protocol.translation.TranslationAudioOutput;
import io.gptrealtime.camel.protocol.translation.TranslationEventTypes;
import io.gptrealtime.camel.protocol.translation.TranslationEvents;
import io.gptrealtime.camel.protocol.translation.TranslationInputAudioBufferAppendEvent;
import io.gptrealtime.camel.protocol.translation.TranslationInputTranscriptDeltaEvent;
import io.gptrealtime.camel.protocol.translation.TranslationOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.translation.TranslationSessionCloseEvent;
import io.gptrealtime.camel.protocol.translation.TranslationSessionConfig;
import io.gptrealtime.camel.protocol.translation.TranslationSessionCreatedEvent;
import io.gptrealtime.camel.protocol.translation.TranslationSessionUpdateEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translation sessions: their own catalog (their {@code session.created} carries a translation session), the spec
 * examples round trip, and what we send validates against the {@code RealtimeTranslationClientEvent*} schemas.
 */
class TranslationEventsTest {

    private static final RealtimeEventCodec CODEC = TranslationEvents.codec();

    static List<String> serverEventSchemas() {
        return SpecExamples.unionMembers("RealtimeTranslationServerEvent");
    }

    @Test
    void catalogMatchesTheSpecUnions() {
        Set<String> server = new HashSet<>();
        serverEventSchemas().forEach(schema -> server.add(SpecExamples.eventType(schema)));
        Set<String> client = new HashSet<>();
        SpecExamples.unionMembers("RealtimeTranslationClientEvent")
                .forEach(schema -> client.add(SpecExamples.eventType(schema)));

        assertEquals(server, TranslationEventTypes.SERVER_TYPES);
        assertEquals(server, TranslationEvents.catalog().serverTypes());
        assertEquals(client, TranslationEventTypes.CLIENT_TYPES);
        assertEquals(client, TranslationEvents.catalog().clientTypes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverEventSchemas")
    void examplesRoundTrip(String schemaName) {
        String json = SpecExamples.example(schemaName);

        ServerEvent event = CODEC.decode(json);

        assertEquals(TranslationEvents.catalog().serverClass(event.getType()), event.getClass());
        assertTrue(event.getUnknownFields().isEmpty(), () -> "unmodelled " + event.getUnknownFields().keySet());
        JsonNode expected = SpecExamples.withoutNulls(SpecExamples.tree(json));
        JsonNode actual = SpecExamples.withoutNulls(SpecExamples.tree(CODEC.encode(event)));
        assertTrue(expected.equals(SpecExamples.NUMERIC, actual), () -> expected + "\n" + actual);
    }

    @Test
    void typedValues() {
        TranslationSessionCreatedEvent created = assertInstanceOf(TranslationSessionCreatedEvent.class,
                CODEC.decode(SpecExamples.example("RealtimeTranslationServerEventSessionCreated")));
        TranslationSessionConfig session = created.getSession();
        assertEquals("translation", session.getType());
        assertEquals("gpt-realtime-translate", session.getModel());
        assertEquals(1714857600L, session.getExpiresAt());
        assertEquals("gpt-realtime-whisper", session.getAudio().getInput().getTranscription().getModel());
        assertEquals("near_field", session.getAudio().getInput().getNoiseReduction().getType());
        assertEquals("fr", session.getAudio().getOutput().getLanguage());

        TranslationInputTranscriptDeltaEvent transcript = assertInstanceOf(TranslationInputTranscriptDeltaEvent.class,
                CODEC.decode(SpecExamples.example("RealtimeTranslationServerEventSessionInputTranscriptDelta")));
        assertEquals(" hear", transcript.getDelta());
        assertEquals(1200, transcript.getElapsedMs());

        TranslationOutputAudioDeltaEvent audio = assertInstanceOf(TranslationOutputAudioDeltaEvent.class,
                CODEC.decode(SpecExamples.example("RealtimeTranslationServerEventSessionOutputAudioDelta")));
        assertEquals(24000, audio.getSampleRate());
        assertEquals(1, audio.getChannels());
        assertEquals("pcm16", audio.getFormat());
        assertArrayEquals(Base64.getDecoder().decode("Base64EncodedAudioDelta"), audio.audio());
    }

    @Test
    void clientEventsValidate() {
        TranslationAudioInput input = new TranslationAudioInput()
                .setTranscription(InputTranscription.of("gpt-realtime-whisper"))
                .clearNoiseReduction();
        TranslationSessionUpdateEvent update = new TranslationSessionUpdateEvent(new TranslationSessionConfig()
                .setAudio(new TranslationAudioConfig().setInput(input)
                        .setOutput(new TranslationAudioOutput().setLanguage("es"))));
        update.setEventId("evt_tr_update");
        TranslationSessionUpdateEvent languageOnly = new TranslationSessionUpdateEvent(
                TranslationSessionConfig.targetLanguage("de"));
        TranslationSessionUpdateEvent noTranscript = new TranslationSessionUpdateEvent(new TranslationSessionConfig()
                .setAudio(new TranslationAudioConfig().setInput(new TranslationAudioInput().clearTranscription()
                        .setNoiseReduction(NoiseReduction.farField()))));
        TranslationInputAudioBufferAppendEvent append = TranslationInputAudioBufferAppendEvent.of(
                ClientEventSamples.PCM_20MS);
        TranslationSessionCloseEvent close = new TranslationSessionCloseEvent();
        close.setEventId("evt_tr_close");

        assertValid("RealtimeTranslationClientEventSessionUpdate", CODEC.encode(update));
        assertValid("RealtimeTranslationClientEventSessionUpdate", CODEC.encode(languageOnly));
        assertValid("RealtimeTranslationClientEventSessionUpdate", CODEC.encode(noTranscript));
        assertValid("RealtimeTranslationClientEventInputAudioBufferAppend", CODEC.encode(append));
        assertValid("RealtimeTranslationClientEventInputAudioBufferAppend",
                CODEC.encodeAudioAppend(ClientEventSamples.PCM_20MS, 0, 480, "evt_tr_audio"));
        assertValid("RealtimeTranslationClientEventSessionClose", CODEC.encode(close));
        assertEquals(TranslationEventTypes.SESSION_INPUT_AUDIO_BUFFER_APPEND,
                SpecExamples.tree(CODEC.encodeAudioAppend(new byte[2])).path("type").asText());
        assertTrue(SpecExamples.tree(CODEC.encode(update)).path("session").path("audio").path("input")
                .path("noise_reduction").isNull());
    }

    @Test
    void theRealtimeCatalogReadsTheSameTypeDifferently() {
        String json = SpecExamples.example("RealtimeTranslationServerEventSessionCreated");

        assertInstanceOf(SessionCreatedEvent.class, RealtimeEventCodec.instance().decode(json));
        assertInstanceOf(TranslationSessionCreatedEvent.class, CODEC.decode(json));
    }

    @Test
    void realtimeAudioDeltasAreUnknownToTranslationSessions() {
        String json = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\"AAAA\"}";

        assertInstanceOf(UnknownServerEvent.class, CODEC.decode(json));
    }

    private static void assertValid(String schema, String json) {
        assertEquals(List.of(), OpenApiSchemas.validate(schema, json), json);
        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeTranslationClientEvent", json), json);
    }
}
