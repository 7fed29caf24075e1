package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of {@code response.created} and {@code response.done}, which carry the response object.
 */
public abstract class ResponseLifecycleEvent extends ServerEvent {

    @JsonProperty("response")
    private RealtimeResponse response;

    protected ResponseLifecycleEvent() {
    }

    public RealtimeResponse getResponse() {
        return response;
    }

    public ResponseLifecycleEvent setResponse(RealtimeResponse response) {
        this.response = response;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response", response);
    }
}
