package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A piece of the arguments of a function call ({@code response.function_call_arguments.delta}).
 */
public final class ResponseFunctionCallArgumentsDeltaEvent extends ResponseFunctionCallArgumentsEvent {

    @JsonProperty("delta")
    private String delta;

    public ResponseFunctionCallArgumentsDeltaEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA;
    }

    public String getDelta() {
        return delta;
    }

    public ResponseFunctionCallArgumentsDeltaEvent setDelta(String delta) {
        this.delta = delta;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
    }
}
