package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the {@code output_audio_buffer.*} events, which report the server-side playout buffer of WebRTC and SIP
 * calls.
 */
public abstract class OutputAudioBufferEvent extends ServerEvent {

    @JsonProperty("response_id")
    private String responseId;

    protected OutputAudioBufferEvent() {
    }

    public String getResponseId() {
        return responseId;
    }

    public OutputAudioBufferEvent setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("response_id", responseId);
    }
}
