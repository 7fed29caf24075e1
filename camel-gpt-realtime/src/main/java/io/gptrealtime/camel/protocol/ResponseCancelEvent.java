package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Cancels a response ({@code response.cancel}); without {@code response_id}, the in-progress response of the default
 * conversation. The response ends with {@code response.done}, status {@code cancelled}; cancelling nothing returns a
 * harmless error.
 */
public final class ResponseCancelEvent extends ClientEvent {

    @JsonProperty("response_id")
    private String responseId;

    public ResponseCancelEvent() {
    }

    /** Cancels the response {@code responseId}. */
    public ResponseCancelEvent(String responseId) {
        this.responseId = responseId;
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_CANCEL;
    }

    public String getResponseId() {
        return responseId;
    }

    public ResponseCancelEvent setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response_id", responseId);
    }
}
