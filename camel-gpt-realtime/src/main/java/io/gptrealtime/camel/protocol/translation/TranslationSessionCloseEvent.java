package io.gptrealtime.camel.protocol.translation;

import io.gptrealtime.camel.protocol.ClientEvent;

/**
 * Closes a translation session gracefully ({@code session.close}): the service flushes pending input, sends the
 * remaining output and then {@code session.closed}; keep reading until it arrives.
 */
public final class TranslationSessionCloseEvent extends ClientEvent {

    public TranslationSessionCloseEvent() {
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_CLOSE;
    }
}
