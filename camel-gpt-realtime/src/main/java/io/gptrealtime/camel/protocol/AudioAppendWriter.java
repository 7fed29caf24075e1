package io.gptrealtime.camel.protocol;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes an audio append event ({@code {"type":…,"event_id":…,"audio":"<base64>"}}) with a streaming generator
 * into a buffer sized for the result: no event object, no tree, no intermediate base64 string. Every 20 ms of
 * microphone or phone audio goes through here.
 */
final class AudioAppendWriter {

    /** Room for the punctuation and field names around the payload. */
    private static final int OVERHEAD = 48;

    private AudioAppendWriter() {
    }

    static String write(JsonFactory factory, String type, byte[] audio, int offset, int length, String eventId) {
        Objects.requireNonNull(audio, "audio");
        Objects.checkFromIndexSize(offset, length, audio.length);
        int capacity = OVERHEAD + type.length() + (eventId == null ? 0 : eventId.length() + 16)
                       + 4 * ((length + 2) / 3);
        StringWriter out = new StringWriter(capacity);
        try (JsonGenerator gen = factory.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringField("type", type);
            if (eventId != null) {
                gen.writeStringField("event_id", eventId);
            }
            gen.writeFieldName("audio");
            gen.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, audio, offset, length);
            gen.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail; kept for the checked signature
            throw new RealtimeProtocolException("Cannot encode audio: " + e.getMessage(), type, null, e);
        }
        return out.toString();
    }
}
