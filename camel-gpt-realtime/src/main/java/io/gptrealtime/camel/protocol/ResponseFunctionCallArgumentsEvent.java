package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the events that stream the arguments of a function call.
 */
public abstract class ResponseFunctionCallArgumentsEvent extends ServerEvent {

    @JsonProperty("response_id")
    private String responseId;

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("output_index")
    private Integer outputIndex;

    @JsonProperty("call_id")
    private String callId;

    protected ResponseFunctionCallArgumentsEvent() {
    }

    public String getResponseId() {
        return responseId;
    }

    public ResponseFunctionCallArgumentsEvent setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    /** The function_call item. */
    public String getItemId() {
        return itemId;
    }

    public ResponseFunctionCallArgumentsEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    public Integer getOutputIndex() {
        return outputIndex;
    }

    public ResponseFunctionCallArgumentsEvent setOutputIndex(Integer outputIndex) {
        this.outputIndex = outputIndex;
        return this;
    }

    /** Answer with a function_call_output of this call id. */
    public String getCallId() {
        return callId;
    }

    public ResponseFunctionCallArgumentsEvent setCallId(String callId) {
        this.callId = callId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response_id", responseId);
        d.add("item_id", itemId);
        d.add("output_index", outputIndex);
        d.add("call_id", callId);
    }
}
