package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A function call is complete ({@code response.function_call_arguments.done}): run the function, send a
 * {@code function_call_output} item and, after {@code response.done}, a {@code response.create}.
 */
public final class ResponseFunctionCallArgumentsDoneEvent extends ResponseFunctionCallArgumentsEvent {

    @JsonProperty("name")
    private String name;

    @JsonProperty("arguments")
    private String arguments;

    public ResponseFunctionCallArgumentsDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE;
    }

    /** The function. */
    public String getName() {
        return name;
    }

    public ResponseFunctionCallArgumentsDoneEvent setName(String name) {
        this.name = name;
        return this;
    }

    /** The arguments, a JSON text. */
    public String getArguments() {
        return arguments;
    }

    public ResponseFunctionCallArgumentsDoneEvent setArguments(String arguments) {
        this.arguments = arguments;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("name", name);
        d.add("arguments", arguments);
    }
}
