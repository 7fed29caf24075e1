package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of {@code response.output_item.added} and {@code .done}.
 */
public abstract class ResponseOutputItemEvent extends ServerEvent {

    @JsonProperty("response_id")
    private String responseId;

    @JsonProperty("output_index")
    private Integer outputIndex;

    @JsonProperty("item")
    private ConversationItem item;

    protected ResponseOutputItemEvent() {
    }

    public String getResponseId() {
        return responseId;
    }

    public ResponseOutputItemEvent setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    /** Position of the item in the response output. */
    public Integer getOutputIndex() {
        return outputIndex;
    }

    public ResponseOutputItemEvent setOutputIndex(Integer outputIndex) {
        this.outputIndex = outputIndex;
        return this;
    }

    public ConversationItem getItem() {
        return item;
    }

    public ResponseOutputItemEvent setItem(ConversationItem item) {
        this.item = item;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response_id", responseId);
        d.add("output_index", outputIndex);
        d.add("item", item);
    }
}
