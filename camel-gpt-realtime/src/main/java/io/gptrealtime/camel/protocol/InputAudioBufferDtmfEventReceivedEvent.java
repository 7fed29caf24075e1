package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * A caller pressed a telephone key ({@code input_audio_buffer.dtmf_event_received}). SIP only; this event has no
 * {@code event_id}.
 */
public final class InputAudioBufferDtmfEventReceivedEvent extends ServerEvent {

    @JsonProperty("event")
    private String event;

    @JsonProperty("received_at")
    private Long receivedAt;

    public InputAudioBufferDtmfEventReceivedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED;
    }

    /** The key: 0 to 9, *, #, A to D. */
    public String getEvent() {
        return event;
    }

    public InputAudioBufferDtmfEventReceivedEvent setEvent(String event) {
        this.event = event;
        return this;
    }

    /** When the key was received, as a Unix timestamp. */
    public Long getReceivedAt() {
        return receivedAt;
    }

    public InputAudioBufferDtmfEventReceivedEvent setReceivedAt(Long receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("event", event);
        d.add("received_at", receivedAt);
    }
}
