package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * The complete text of a part ({@code response.output_text.done}).
 */
public final class ResponseOutputTextDoneEvent extends ResponseContentEvent {

    @JsonProperty("text")
    private String text;

    public ResponseOutputTextDoneEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_TEXT_DONE;
    }

    public String getText() {
        return text;
    }

    public ResponseOutputTextDoneEvent setText(String text) {
        this.text = text;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("text", text);
    }
}
