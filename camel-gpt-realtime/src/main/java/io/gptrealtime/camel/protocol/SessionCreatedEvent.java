package io.gptrealtime.camel.protocol;

/**
 * The first event of every connection ({@code session.created}), with the default configuration: the server's default
 * instructions, formats, voice and VAD, and the session {@code id} and {@code expires_at}.
 */
public final class SessionCreatedEvent extends SessionEvent {

    public SessionCreatedEvent() {
    }

    @Override
    public String getType() {
        return EventTypes.SESSION_CREATED;
    }
}
