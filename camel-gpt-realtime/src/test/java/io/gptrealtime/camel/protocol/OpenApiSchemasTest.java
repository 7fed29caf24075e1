package io.gptrealtime.camel.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation helper itself: strict where the spec is JSON Schema, deliberate where it is OpenAPI. */
class OpenApiSchemasTest {

    @Test
    void nullableTrueAcceptsNull() {
        String json = "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"tracing\":null}}";

        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeClientEventSessionUpdate", json));
    }

    @Test
    void nullableDoesNotWidenTheNonNullBranch() {
        String json = "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"tracing\":\"manual\"}}";

        assertFalse(OpenApiSchemas.validate("RealtimeClientEventSessionUpdate", json).isEmpty());
    }

    @Test
    void discriminatorIsNotEnforcedButTheBranchesAre() {
        String wrongBranch = "{\"type\":\"response.cancel\",\"item\":{\"type\":\"message\"}}";
        String noBranch = "{\"type\":\"input_audio_buffer.append\"}";

        assertEquals(List.of(), OpenApiSchemas.validate("RealtimeClientEvent", wrongBranch));
        assertTrue(OpenApiSchemas.validate("RealtimeClientEvent", noBranch).stream()
                .anyMatch(v -> v.contains("required property 'audio' not found")));
    }

    @Test
    void violationsNameTheInstanceLocation() {
        List<String> violations = OpenApiSchemas.validate("RealtimeClientEventConversationItemDelete",
                "{\"type\":\"conversation.item.delete\",\"item_id\":5}");

        assertEquals(List.of("/item_id: integer found, string expected"), violations);
    }

    @Test
    void unknownSchemaNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> OpenApiSchemas.validate("NoSuchSchema", "{}"));
    }

    @Test
    void theDocumentIsLoadedOnce() {
        assertSame(OpenApiSchemas.spec(), OpenApiSchemas.spec());
        assertEquals("3.1.0", OpenApiSchemas.spec().path("openapi").asText());
    }
}
