package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of {@code response.content_part.added} and {@code .done}. The part type here is {@code text} or {@code audio},
 * where items say {@code output_text} and {@code output_audio}.
 */
public abstract class ResponseContentPartEvent extends ResponseContentEvent {

    @JsonProperty("part")
    private ContentPart part;

    protected ResponseContentPartEvent() {
    }

    public ContentPart getPart() {
        return part;
    }

    public ResponseContentPartEvent setPart(ContentPart part) {
        this.part = part;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("part", part);
    }
}
