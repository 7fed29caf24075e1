package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A piece of text output ({@code response.output_text.delta}); only with {@code output_modalities: ["text"]}.
 */
public final class ResponseOutputTextDeltaEvent extends ResponseContentEvent {

    @JsonProperty("delta")
    private String delta;

    public ResponseOutputTextDeltaEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_OUTPUT_TEXT_DELTA;
    }

    public String getDelta() {
        return delta;
    }

    public ResponseOutputTextDeltaEvent setDelta(String delta) {
        this.delta = delta;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("delta", delta);
    }
}
