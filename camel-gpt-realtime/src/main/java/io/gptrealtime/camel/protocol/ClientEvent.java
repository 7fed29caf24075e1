package io.gptrealtime.camel.protocol;

/**
 * An event the client sends to the service. Encode it with {@link RealtimeEventCodec#encode(RealtimeEvent)}.
 */
public abstract class ClientEvent extends RealtimeEvent {

    /** Sets the client event id, which the service echoes in {@code error.event_id} if this event fails. */
    @Override
    public ClientEvent setEventId(String eventId) {
        super.setEventId(eventId);
        return this;
    }
}
