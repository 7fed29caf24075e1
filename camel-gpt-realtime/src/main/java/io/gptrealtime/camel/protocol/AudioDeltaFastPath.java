package io.gptrealtime.camel.protocol;

import java.io.IOException;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gptrealtime.camel.protocol.json.Base64Audio;

/**
 * Decodes {@code response.output_audio.delta}, which a speaking model sends many times a second per session and which
 * is almost all base64, at a fraction of the general path's cost.
 * <p>
 * Measured on this event, the time of the general path is Jackson scanning the kilobytes of base64 character by
 * character (twice: to find the closing quote and to copy the text); databind itself is cheap. So the fast path cuts
 * the base64 out before parsing: it locates {@code "delta":"…"} with {@code indexOf} (base64 holds no quote or
 * backslash), parses the remaining skeleton, now a couple of hundred characters, with a streaming parser, and decodes
 * the cut-out text with {@code java.util.Base64}.
 * <p>
 * The skeleton must be exactly this event: the six known fields at top level, nothing nested, no unknown field, the
 * delta once. Anything else, including text that is not JSON, returns null and goes to the general path, which keeps
 * unknown fields and reports errors with the original text.
 */
final class AudioDeltaFastPath {

    private static final String TYPE_MARKER = "\"type\":\"" + EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA + "\"";
    private static final String DELTA_KEY = "\"delta\":\"";

    private AudioDeltaFastPath() {
    }

    /** The decoded event, or null when the general path must decode {@code json}. */
    static ResponseOutputAudioDeltaEvent tryDecode(JsonFactory factory, String json) {
        if (json.indexOf(TYPE_MARKER) < 0) {
            return null;
        }
        int key = json.indexOf(DELTA_KEY);
        if (key < 0 || isEscaped(json, key)) {
            return null;
        }
        int start = key + DELTA_KEY.length();
        int end = json.indexOf('"', start);
        if (end < 0 || indexOfBackslash(json, start, end) >= 0) {
            return null;
        }
        ResponseOutputAudioDeltaEvent event = readSkeleton(factory, json.substring(0, start) + json.substring(end));
        if (event == null) {
            return null;
        }
        try {
            event.setDelta(Base64Audio.of(Base64.getDecoder().decode(json.substring(start, end))));
        } catch (IllegalArgumentException notBase64) {
            // the general path keeps the text; audio() reports the problem if anyone asks for the bytes
            return null;
        }
        return event;
    }

    /** Reads the event without its delta text; null unless it is exactly the known flat shape. */
    private static ResponseOutputAudioDeltaEvent readSkeleton(JsonFactory factory, String skeleton) {
        try (JsonParser p = factory.createParser(skeleton)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ResponseOutputAudioDeltaEvent event = new ResponseOutputAudioDeltaEvent();
            boolean typeSeen = false;
            boolean deltaSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    switch (name) {
                        case "type" -> {
                            if (typeSeen || !EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA.equals(p.getText())) {
                                return null;
                            }
                            typeSeen = true;
                        }
                        case "delta" -> {
                            // the cut-out value; a second delta, or a non-empty one, is not the field we cut out
                            if (deltaSeen || p.getTextLength() != 0) {
                                return null;
                            }
                            deltaSeen = true;
                        }
                        case "event_id" -> event.setEventId(p.getText());
                        case "response_id" -> event.setResponseId(p.getText());
                        case "item_id" -> event.setItemId(p.getText());
                        default -> {
                            return null;
                        }
                    }
                } else if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                           && ("output_index".equals(name) || "content_index".equals(name))) {
                    if ("output_index".equals(name)) {
                        event.setOutputIndex(p.getIntValue());
                    } else {
                        event.setContentIndex(p.getIntValue());
                    }
                } else {
                    return null;
                }
            }
            boolean complete = p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null;
            return complete && typeSeen && deltaSeen ? event : null;
        } catch (IOException malformed) {
            return null;
        }
    }

    /** True when the quote at {@code index} follows an odd number of backslashes, i.e. sits inside a string. */
    private static boolean isEscaped(String json, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return (backslashes & 1) == 1;
    }

    private static int indexOfBackslash(String json, int from, int to) {
        int found = json.indexOf('\\', from);
        return found >= 0 && found < to ? found : -1;
    }
}
