package io.gptrealtime.camel.protocol;

/**
 * A response produced a new item ({@code response.output_item.added}).
 */
public final class ResponseOutputItemAddedEvent extends ResponseOutputItemEvent {

    public ResponseOutputItemAddedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_ITEM_ADDED;
    }
}
