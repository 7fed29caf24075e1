package io.gptrealtime.camel.protocol;

/**
 * The configuration after a {@code session.update} ({@code session.updated}), in full.
 */
public final class SessionUpdatedEvent extends SessionEvent {

    public SessionUpdatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.SESSION_UPDATED;
    }
}
