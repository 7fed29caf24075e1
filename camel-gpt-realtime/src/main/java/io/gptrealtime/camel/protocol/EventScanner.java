package io.gptrealtime.camel.protocol;

import java.io.IOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.gptrealtime.camel.protocol.json.Base64Audio;

/**
 * Reads the top level of an event with a streaming parser to find its {@code type} (which need not be the first
 * field), and decodes {@code response.output_audio.delta} on the way without databind, a tree or a base64 string: that
 * event arrives many times a second per session and is almost all base64.
 * <p>
 * The fast path only takes events whose {@code type} comes before the payload fields and that have no field beyond
 * the six it knows; anything else goes to the general, databind path, which keeps unknown fields. The service writes
 * {@code type} first.
 */
final class EventScanner {

    /**
     * What the scan found: the type, the top-level event id if it was read, and the fully decoded event when the fast
     * path applied.
     */
    record Scan(String type, String eventId, ServerEvent decoded) {
    }

    private EventScanner() {
    }

    /**
     * Scans {@code json}.
     *
     * @param audioFastPath true to decode audio deltas directly and to stop reading as soon as the type is known
     *                      otherwise; false to read the whole top level (so the event id is found wherever it is)
     * @throws RealtimeProtocolException when the text is not a JSON object with a string {@code type}
     */
    static Scan scan(JsonFactory factory, String json, boolean audioFastPath) {
        Objects.requireNonNull(json, "json");
        String type = null;
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RealtimeProtocolException("Not a JSON object", null, json);
            }
            String eventId = null;
            boolean fast = audioFastPath;
            ResponseOutputAudioDeltaEvent audio = null;
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
                        if (fast && EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA.equals(type)) {
                            audio = new ResponseOutputAudioDeltaEvent();
                            audio.setEventId(eventId);
                        } else {
                            fast = false;
                        }
                    }
                } else if ("event_id".equals(name) && value == JsonToken.VALUE_STRING) {
                    eventId = p.getText();
                    if (audio != null) {
                        audio.setEventId(eventId);
                    }
                } else if (audio != null) {
                    fast = readAudioDeltaField(p, name, value, audio);
                    if (!fast) {
                        audio = null;
                    }
                } else {
                    // a payload field before the type: leave this event to the general path
                    fast = false;
                    p.skipChildren();
                }
                if (audioFastPath && !fast && type != null) {
                    return new Scan(type, eventId, null);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new RealtimeProtocolException("Malformed JSON object", type, json);
            }
            if (type == null) {
                throw new RealtimeProtocolException("The 'type' field is missing", null, json);
            }
            if (audio == null || p.nextToken() != null) {
                // trailing content is reported by the general path, with Jackson's wording
                return new Scan(type, eventId, null);
            }
            return new Scan(type, eventId, audio);
        } catch (JsonProcessingException e) {
            throw new RealtimeProtocolException("Malformed JSON: " + e.getOriginalMessage(), type, json, e);
        } catch (IOException e) {
            // reading a String does not do I/O; kept for the checked signature
            throw new RealtimeProtocolException("Unreadable JSON: " + e.getMessage(), type, json, e);
        }
    }

    /**
     * Reads one field of an audio delta into {@code audio}; false when the field is unknown or not of the expected
     * kind, which sends the event to the general path.
     */
    private static boolean readAudioDeltaField(JsonParser p, String name, JsonToken value,
                                               ResponseOutputAudioDeltaEvent audio) throws IOException {
        switch (name) {
            case "delta":
                if (value != JsonToken.VALUE_STRING) {
                    return false;
                }
                String text = p.getText();
                try {
                    audio.setDelta(Base64Audio.of(java.util.Base64.getDecoder().decode(text)));
                } catch (IllegalArgumentException e) {
                    return false;
                }
                return true;
            case "response_id":
                if (value != JsonToken.VALUE_STRING) {
                    return false;
                }
                audio.setResponseId(p.getText());
                return true;
            case "item_id":
                if (value != JsonToken.VALUE_STRING) {
                    return false;
                }
                audio.setItemId(p.getText());
                return true;
            case "output_index":
                if (!isInt(p, value)) {
                    return false;
                }
                audio.setOutputIndex(p.getIntValue());
                return true;
            case "content_index":
                if (!isInt(p, value)) {
                    return false;
                }
                audio.setContentIndex(p.getIntValue());
                return true;
            default:
                return false;
        }
    }

    private static boolean isInt(JsonParser p, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
    }
}
