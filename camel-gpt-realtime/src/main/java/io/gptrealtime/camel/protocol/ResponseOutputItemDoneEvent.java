package io.gptrealtime.camel.protocol;

/**
 * An output item is complete ({@code response.output_item.done}); also sent when the response is interrupted or
 * cancelled.
 */
public final class ResponseOutputItemDoneEvent extends ResponseOutputItemEvent {

    public ResponseOutputItemDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_ITEM_DONE;
    }
}
