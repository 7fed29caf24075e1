package io.gptrealtime.camel.protocol;

import java.io.IOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the top level of an event with a streaming parser to find its {@code type}, which need not be the first field
 * (the spec's own examples put {@code event_id} first), without binding anything: the type decides which class
 * databind reads the text into. Nested values are skipped.
 */
final class EventScanner {

    /** What the scan found: the type, and the top-level event id when a full scan read it. */
    record Scan(String type, String eventId) {
    }

    private EventScanner() {
    }

    /**
     * Scans {@code json}.
     *
     * @param untilType true to stop at the type (all the decoder needs), false to read the whole top level so the
     *                  event id is found wherever it is
     * @throws RealtimeProtocolException when the text is not a JSON object with a string {@code type}
     */
    static Scan scan(JsonFactory factory, String json, boolean untilType) {
        Objects.requireNonNull(json, "json");
        String type = null;
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RealtimeProtocolException("Not a JSON object", null, json);
            }
            String eventId = null;
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("type".equals(name)) {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new RealtimeProtocolException("The 'type' field must be a string, not " + value,
                                null, json);
                    }
                    if (type == null) {
                        type = p.getText();
                        if (untilType) {
                            return new Scan(type, eventId);
                        }
                    }
                } else if ("event_id".equals(name) && value == JsonToken.VALUE_STRING) {
                    eventId = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new RealtimeProtocolException("Malformed JSON object", type, json);
            }
            if (type == null) {
                throw new RealtimeProtocolException("The 'type' field is missing", null, json);
            }
            return new Scan(type, eventId);
        } catch (JsonProcessingException e) {
            throw new RealtimeProtocolException("Malformed JSON: " + e.getOriginalMessage(), type, json, e);
        } catch (IOException e) {
            // reading a String does not do I/O; kept for the checked signature
            throw new RealtimeProtocolException("Unreadable JSON: " + e.getMessage(), type, json, e);
        }
    }
}
