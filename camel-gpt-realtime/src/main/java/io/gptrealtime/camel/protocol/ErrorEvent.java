package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * An error ({@code error}). Most errors leave the session open. {@code error.event_id} names the client event that
 * caused it, when there is one.
 */
public final class ErrorEvent extends ServerEvent {

    @JsonProperty("error")
    private ErrorDetail error;

    public ErrorEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.ERROR;
    }

    public ErrorDetail getError() {
        return error;
    }

    public ErrorEvent setError(ErrorDetail error) {
        this.error = error;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("error", error);
    }
}
