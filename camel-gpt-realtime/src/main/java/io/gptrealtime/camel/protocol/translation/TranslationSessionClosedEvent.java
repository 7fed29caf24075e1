package io.gptrealtime.camel.protocol.translation;

import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * The translation session is over ({@code session.closed}); nothing follows.
 */
public final class TranslationSessionClosedEvent extends ServerEvent {

    public TranslationSessionClosedEvent() {
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_CLOSED;
    }
}
