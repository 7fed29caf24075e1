package io.gptrealtime.camel.protocol;

/**
 * A content part is complete ({@code response.content_part.done}); also sent when the response is interrupted.
 */
public final class ResponseContentPartDoneEvent extends ResponseContentPartEvent {

    public ResponseContentPartDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_CONTENT_PART_DONE;
    }
}
