package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the events about one content part of one output item: content parts, text, audio and transcripts.
 */
public abstract class ResponseContentEvent extends ServerEvent {

    @JsonProperty("response_id")
    private String responseId;

    @JsonProperty("item_id")
    private String itemId;

    @JsonProperty("output_index")
    private Integer outputIndex;

    @JsonProperty("content_index")
    private Integer contentIndex;

    protected ResponseContentEvent() {
    }

    public String getResponseId() {
        return responseId;
    }

    public ResponseContentEvent setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    public String getItemId() {
        return itemId;
    }

    public ResponseContentEvent setItemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    /** Position of the item in the response output. */
    public Integer getOutputIndex() {
        return outputIndex;
    }

    public ResponseContentEvent setOutputIndex(Integer outputIndex) {
        this.outputIndex = outputIndex;
        return this;
    }

    /** Position of the part in the item content. */
    public Integer getContentIndex() {
        return contentIndex;
    }

    public ResponseContentEvent setContentIndex(Integer contentIndex) {
        this.contentIndex = contentIndex;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response_id", responseId);
        d.add("item_id", itemId);
        d.add("output_index", outputIndex);
        d.add("content_index", contentIndex);
    }
}
