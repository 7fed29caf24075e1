package io.gptrealtime.camel.protocol;

/**
 * A content part was added to an output item ({@code response.content_part.added}).
 */
public final class ResponseContentPartAddedEvent extends ResponseContentPartEvent {

    public ResponseContentPartAddedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_CONTENT_PART_ADDED;
    }
}
