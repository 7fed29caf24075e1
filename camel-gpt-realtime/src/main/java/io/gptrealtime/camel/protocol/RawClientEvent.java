package io.gptrealtime.camel.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A client event given as JSON text and sent exactly as it is: the escape hatch for fields or event types this
 * version does not model. It is also what {@link RealtimeEventCodec#decodeClientEvent(String)} returns for an unknown
 * client type. The text is checked to be one JSON object with a string {@code type}; nothing else is checked.
 */
@JsonSerialize(using = RawClientEvent.Writer.class)
public final class RawClientEvent extends ClientEvent {

    private final String type;
    private String json;

    private RawClientEvent(String json, EventScanner.Scan scan) {
        this.json = json;
        this.type = scan.type();
        super.setEventId(scan.eventId());
    }

    /**
     * Wraps JSON text.
     *
     * @throws RealtimeProtocolException if the text is not a JSON object with a string {@code type}
     */
    public static RawClientEvent of(String json) {
        return new RawClientEvent(json, EventScanner.scan(RealtimeJson.factory(), json, false));
    }

    /** For the codec, which has already scanned the text. */
    static RawClientEvent scanned(String json, EventScanner.Scan scan) {
        return new RawClientEvent(json, scan);
    }

    @Override
    public String getType() {
        return type;
    }

    /** The JSON text, as it will be sent. */
    public String json() {
        return json;
    }

    /** Rewrites the {@code event_id} field of the text (other fields and their order are kept). */
    @Override
    public RawClientEvent setEventId(String eventId) {
        try {
            ObjectNode node = (ObjectNode) RealtimeJson.mapper().readTree(json);
            if (eventId == null) {
                node.remove("event_id");
            } else {
                node.put("event_id", eventId);
            }
            json = RealtimeJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new RealtimeProtocolException("Cannot set event_id on a raw client event", type, json, e);
        }
        super.setEventId(eventId);
        return this;
    }

    /** Writes the text verbatim when a RawClientEvent is serialized by any ObjectMapper. */
    static final class Writer extends StdSerializer<RawClientEvent> {

        private static final long serialVersionUID = 1L;

        Writer() {
            super(RawClientEvent.class);
        }

        @Override
        public void serialize(RawClientEvent value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeRawValue(value.json);
        }
    }
}
