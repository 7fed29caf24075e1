package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gptrealtime.camel.protocol.json.Describer;
import io.gptrealtime.camel.protocol.json.JsonExtensible;

/**
 * One JSON message of the Realtime WebSocket protocol, in either direction. Every event has a {@code type}; client
 * events may carry an {@code event_id} of their choosing (the server echoes it in {@code error.event_id} when the event
 * fails), server events carry the server's {@code event_id}.
 * <p>
 * The type of a concrete event class is fixed; decoding ignores the {@code type} field (the codec picked the class by
 * it) and encoding writes {@link #getType()} first.
 */
@JsonPropertyOrder({ "type", "event_id" })
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract class RealtimeEvent extends JsonExtensible {

    @JsonProperty("event_id")
    private String eventId;

    /** The event type, e.g. {@code response.output_audio.delta} (see {@link EventTypes}). */
    @JsonProperty("type")
    public abstract String getType();

    public String getEventId() {
        return eventId;
    }

    public RealtimeEvent setEventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    @Override
    protected void describe(Describer describer) {
        describer.add("event_id", eventId);
    }

    /** Events print as their protocol type, which is what people search logs for. */
    @Override
    protected String describeName() {
        return getType();
    }
}
