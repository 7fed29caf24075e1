package io.gptrealtime.camel.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text that is not an event fails with a {@link RealtimeProtocolException} whose message says what is wrong, names the
 * type when it could be read, and shows a short excerpt.
 */
class MalformedEventTest {

    private static final RealtimeEventCodec CODEC = new RealtimeEventCodec();

    @ParameterizedTest
    @ValueSource(strings = { "hello", "{\"type\":\"error\"", "{\"type\":\"error\",}", "", "   ",
                             "{\"type\":\"x\"} junk",
                             "{\"type\":\"response.output_audio.delta\",\"delta\":\"AAAA\"" })
    void invalidJsonIsReportedAsMalformed(String text) {
        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class, () -> CODEC.decode(text));

        assertTrue(e.getMessage().startsWith("Malformed JSON") || e.getMessage().startsWith("Not a JSON object"),
                e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[1,2]", "\"session.created\"", "42", "null" })
    void jsonThatIsNotAnObjectIsRejected(String text) {
        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class, () -> CODEC.decode(text));

        assertTrue(e.getMessage().startsWith("Not a JSON object: " + text), e::getMessage);
        assertNull(e.getEventType());
    }

    @Test
    void missingTypeIsRejected() {
        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class,
                () -> CODEC.decode("{\"event_id\":\"event_1\",\"item_id\":\"msg_1\"}"));

        assertEquals("The 'type' field is missing: {\"event_id\":\"event_1\",\"item_id\":\"msg_1\"}", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"type\":7}", "{\"type\":null}", "{\"type\":{\"name\":\"error\"}}",
                             "{\"type\":[\"error\"]}", "{\"event_id\":\"e\",\"type\":true}" })
    void nonStringTypeIsRejected(String text) {
        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class, () -> CODEC.decode(text));

        assertTrue(e.getMessage().startsWith("The 'type' field must be a string"), e::getMessage);
    }

    @Test
    void wrongKindOfKnownFieldNamesFieldAndType() {
        String json = "{\"type\":\"conversation.item.truncated\",\"event_id\":\"e\",\"item_id\":\"i\","
                      + "\"content_index\":0,\"audio_end_ms\":\"late\"}";

        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class, () -> CODEC.decode(json));

        assertEquals("conversation.item.truncated", e.getEventType());
        assertTrue(e.getMessage().startsWith("Invalid value at 'audio_end_ms'"), e::getMessage);
        assertTrue(e.getMessage().contains("(event type 'conversation.item.truncated')"), e::getMessage);
    }

    @Test
    void nestedWrongKindShowsThePath() {
        String json = "{\"type\":\"response.done\",\"event_id\":\"e\",\"response\":{\"output\":[{\"type\":\"message\","
                      + "\"content\":[{\"type\":\"output_text\",\"text\":{\"oops\":1}}]}]}}";

        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class, () -> CODEC.decode(json));

        assertTrue(e.getMessage().startsWith("Invalid value at 'response.output[0].content[0].text'"),
                e::getMessage);
    }

    @Test
    void theExcerptIsShortEvenForHugeEvents() {
        String json = "{\"event_id\":\"e\",\"delta\":\"" + "A".repeat(200_000) + "\"}";

        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class, () -> CODEC.decode(json));

        assertTrue(e.getMessage().length() < 300, () -> "message of " + e.getMessage().length() + " chars");
        assertTrue(e.getMessage().endsWith("…(" + json.length() + " chars)"), e::getMessage);
        assertEquals(RealtimeProtocolException.EXCERPT_LENGTH + ("…(" + json.length() + " chars)").length(),
                e.getExcerpt().length());
    }

    @Test
    void controlCharactersInTheExcerptAreVisible() {
        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class,
                () -> CODEC.decode("{\n\t\"event_id\": \"e\"\n}"));

        assertEquals("The 'type' field is missing: {\\n\\t\"event_id\": \"e\"\\n}", e.getMessage());
    }

    @Test
    void clientDecodingReportsTheSameWay() {
        assertThrows(RealtimeProtocolException.class, () -> CODEC.decodeClientEvent("{\"audio\":\"AAAA\"}"));
        assertThrows(RealtimeProtocolException.class, () -> CODEC.decodeClientEvent("{\"type\":1}"));
        RealtimeProtocolException e = assertThrows(RealtimeProtocolException.class,
                () -> CODEC.decodeClientEvent("{\"type\":\"conversation.item.truncate\",\"audio_end_ms\":[]}"));
        assertEquals("conversation.item.truncate", e.getEventType());
        assertThrows(RealtimeProtocolException.class, () -> RawClientEvent.of("not json"));
    }

    @Test
    void nullTextIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> CODEC.decode(null));
        assertThrows(NullPointerException.class, () -> CODEC.decodeClientEvent(null));
    }
}
