package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Asks the model for a response ({@code response.create}), optionally with settings for this response only. Only one
 * response at a time may write to the default conversation: sending this while one is active fails with
 * {@code conversation_already_has_active_response}.
 */
public final class ResponseCreateEvent extends ClientEvent {

    @JsonProperty("response")
    private ResponseCreateParams response;

    public ResponseCreateEvent() {
    }

    /** A response with the given settings (null for the session settings). */
    public ResponseCreateEvent(ResponseCreateParams response) {
        this.response = response;
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_CREATE;
    }

    public ResponseCreateParams getResponse() {
        return response;
    }

    public ResponseCreateEvent setResponse(ResponseCreateParams response) {
        this.response = response;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response", response);
    }
}
