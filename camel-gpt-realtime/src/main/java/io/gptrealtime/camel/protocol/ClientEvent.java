package io.gptrealtime.camel.protocol;

/**
 * An event the client sends to the service. Encode it with {@link RealtimeEventCodec#encode(RealtimeEvent)}.
 */
public abstract class ClientEvent extends RealtimeEvent {
}
