package io.gptrealtime.camel.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one {@code response.create} input element: {@code type: item_reference} is a {@link ResponseItemReference},
 * anything else a {@link ConversationItem}.
 */
final class ResponseInputDeserializer extends StdDeserializer<ResponseInput> {

    private static final long serialVersionUID = 1L;

    ResponseInputDeserializer() {
        super(ResponseInput.class);
    }

    @Override
    public ResponseInput deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        Class<? extends ResponseInput> target = ResponseItemReference.TYPE.equals(node.path("type").asText())
                ? ResponseItemReference.class : ConversationItem.class;
        return ctxt.readTreeAsValue(node, target);
    }
}
