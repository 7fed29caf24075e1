package io.gptrealtime.camel.protocol;

/**
 * A response started ({@code response.created}, status {@code in_progress}).
 */
public final class ResponseCreatedEvent extends ResponseLifecycleEvent {

    public ResponseCreatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.RESPONSE_CREATED;
    }
}
