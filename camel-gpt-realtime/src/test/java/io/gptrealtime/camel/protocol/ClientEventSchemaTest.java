package io.gptrealtime.camel.protocol;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every client event the component sends, fully populated, encoded by the codec and validated against its
 * {@code RealtimeClientEvent*} schema and the {@code RealtimeClientEvent} union of the official OpenAPI document:
 * zero violations.
 * <p>
 * Four things the API documentation tells clients to send are rejected by the document's schemas; they are pinned in
 * {@link KnownSpecDefects} so that each shows exactly the expected violations and nothing else, and so a corrected
 * spec makes those tests fail (and this comment obsolete).
 */
class ClientEventSchemaTest {

    private static final RealtimeEventCodec CODEC = new RealtimeEventCodec();

    static List<ClientEventSamples.Sample> samples() {
        return ClientEventSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void validatesAgainstItsSchemaWithZeroViolations(ClientEventSamples.Sample sample) {
        String json = CODEC.encode(sample.event());

        assertEquals(List.of(), OpenApiSchemas.validate(sample.schema(), json), json);
        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeClientEvent", json), json);
        assertEquals(SpecExamples.eventType(sample.schema()), sample.event().getType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodesBackToTheSameJson(ClientEventSamples.Sample sample) {
        String json = CODEC.encode(sample.event());

        ClientEvent decoded = CODEC.decodeClientEvent(json);

        assertEquals(sample.event().getClass(), decoded.getClass());
        assertEquals(json, CODEC.encode(decoded));
    }

    @Test
    void theStreamedAudioAppendValidates() {
        String json = CODEC.encodeAudioAppend(ClientEventSamples.PCM_20MS, 0, ClientEventSamples.PCM_20MS.length,
                "evt_stream_1");

        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeClientEventInputAudioBufferAppend", json));
        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeClientEvent", json));
    }

    @Test
    void everyClientTypeIsCoveredAndMatchesTheSpecUnion() {
        Set<String> tested = samples().stream().map(s -> s.event().getType())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> union = SpecExamples.unionMembers("RealtimeClientEvent").stream().map(SpecExamples::eventType)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(EventTypes.CLIENT_TYPES), tested);
        assertEquals(union, tested);
        assertEquals(EventTypes.CLIENT_TYPES, EventCatalog.realtime().clientTypes());
    }

    @Test
    void theValidatorIsNotVacuous() {
        String wrong = "{\"type\":\"conversation.item.truncate\",\"item_id\":\"item_1\",\"audio_end_ms\":\"soon\"}";

        List<String> violations = OpenApiSchemas.validate("RealtimeClientEventConversationItemTruncate", wrong);

        assertTrue(violations.stream().anyMatch(v -> v.contains("content_index")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("/audio_end_ms")), violations::toString);
    }

    /**
     * Places where the OpenAPI document's schemas reject what its own prose and examples (and the SDK typings) tell
     * clients to send. The component sends these only when the application asks for them; each test proves the
     * violations are confined to the field in question.
     */
    @Nested
    class KnownSpecDefects {

        /**
         * {@code response.create} input with {@code item_reference}: the spec's own response.create example uses it,
         * the openai typings 7.57.0 accept it ({@code ResponseItemReference}), but {@code response.input.items} is
         * only {@code RealtimeConversationItem}. The reference itself is a valid {@code ItemReferenceParam}, and the
         * same event without it is valid.
         */
        @Test
        void itemReferencesInResponseInput() {
            ResponseCreateEvent event = ClientEventSamples.responseCreateWithInput();
            event.getResponse().getInput().add(0, ResponseItemReference.of("item_12345"));
            String json = CODEC.encode(event);

            List<String> violations = OpenApiSchemas.validate("RealtimeClientEventResponseCreate", json);

            assertFalse(violations.isEmpty());
            assertConfinedTo(violations, "/response/input/0");
            String reference = SpecExamples.tree(json).path("response").path("input").path(0).toString();
            assertEquals(List.of(), OpenApiSchemas.validate("ItemReferenceParam", reference));
            assertEquals(List.of(), OpenApiSchemas.validate("RealtimeClientEventResponseCreate",
                    withoutFirstInput(json)));
        }

        /**
         * {@code conversation} is {@code oneOf [string, enum [auto, none]]}: "auto" and "none" match both branches,
         * so the two values the description documents both fail {@code oneOf}.
         */
        @Test
        void conversationAutoAndNone() {
            for (String conversation : List.of(ResponseCreateParams.CONVERSATION_NONE,
                    ResponseCreateParams.CONVERSATION_AUTO)) {
                ResponseCreateEvent event = ClientEventSamples.responseCreateOverrides();
                event.getResponse().setConversation(conversation);

                List<String> violations = OpenApiSchemas.validate("RealtimeClientEventResponseCreate",
                        CODEC.encode(event));

                assertEquals(1, violations.size(), violations::toString);
                assertTrue(violations.get(0).startsWith("/response/conversation: must be valid to one and only one"),
                        violations::toString);
            }
        }

        /**
         * {@code audio.input.noise_reduction: null} and {@code audio.input.transcription: null} turn the features
         * off according to the API documentation (the SDK doc comment shows the noise_reduction event verbatim), but
         * neither schema is nullable.
         */
        @Test
        void nullNoiseReductionAndTranscription() {
            RealtimeSessionConfig noiseOff = RealtimeSessionConfig.realtime();
            noiseOff.audioInput().clearNoiseReduction();
            RealtimeSessionConfig transcriptionOff = RealtimeSessionConfig.transcription();
            transcriptionOff.audioInput().clearTranscription();

            assertConfinedTo(OpenApiSchemas.validate("RealtimeClientEventSessionUpdate",
                    CODEC.encode(new SessionUpdateEvent(noiseOff))), "/session/audio/input/noise_reduction");
            assertConfinedTo(OpenApiSchemas.validate("RealtimeClientEventSessionUpdate",
                    CODEC.encode(new SessionUpdateEvent(transcriptionOff))), "/session/audio/input/transcription");
        }

        /**
         * Every violation is at {@code path} or below, or is the summary a union reports at an ancestor of it (the
         * "valid to one and only one schema" of {@code session}, and the {@code type} mismatch of the union branch
         * that was not meant).
         */
        private void assertConfinedTo(List<String> violations, String path) {
            assertFalse(violations.isEmpty(), "expected the known violation at " + path);
            for (String violation : violations) {
                String location = violation.substring(0, violation.indexOf(':'));
                boolean atOrBelow = location.equals(path) || location.startsWith(path + "/");
                boolean unionSummary = path.startsWith(location + "/")
                                       && violation.contains("must be valid to one and only one schema");
                boolean otherBranchType = location.equals("/session/type");
                assertTrue(atOrBelow || unionSummary || otherBranchType,
                        () -> "violation outside " + path + ": " + violation + " in " + violations);
            }
        }

        private String withoutFirstInput(String json) {
            ObjectNode tree = (ObjectNode) SpecExamples.tree(json);
            ((ArrayNode) tree.path("response").path("input")).remove(0);
            return tree.toString();
        }
    }
}
