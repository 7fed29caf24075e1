package io.gptrealtime.camel.consumer;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gptrealtime.camel.GptRealtimeConstants;
import io.gptrealtime.camel.protocol.RealtimeJson;
import io.gptrealtime.camel.protocol.ServerEvent;
import org.apache.camel.Message;

/**
 * Copies the correlation ids that many server events share (response_id, item_id, output_index, content_index,
 * call_id) into headers, for known and unknown event types alike. One streaming pass over the top level of the raw
 * JSON; nested objects and long strings (audio) are skipped, not materialised.
 */
final class EventFields {

    private EventFields() {
    }

    /** Sets the id headers found; returns null (the body is chosen by the caller). */
    static Object copyIds(ServerEvent event, Message message) {
        try (JsonParser p = RealtimeJson.factory().createParser(event.rawJson())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case "response_id" -> message.setHeader(GptRealtimeConstants.RESPONSE_ID, p.getValueAsString());
                    case "item_id" -> message.setHeader(GptRealtimeConstants.ITEM_ID, p.getValueAsString());
                    case "call_id" -> message.setHeader(GptRealtimeConstants.CALL_ID, p.getValueAsString());
                    case "output_index" -> message.setHeader(GptRealtimeConstants.OUTPUT_INDEX, p.getValueAsInt());
                    case "content_index" -> message.setHeader(GptRealtimeConstants.CONTENT_INDEX, p.getValueAsInt());
                    default -> {
                        // other fields are in the typed event and the raw JSON
                    }
                }
            }
        } catch (IOException e) {
            // the event was decoded from this text already; a failure here only loses the convenience headers
        }
        return null;
    }
}
