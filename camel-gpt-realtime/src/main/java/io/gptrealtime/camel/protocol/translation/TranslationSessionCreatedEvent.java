package io.gptrealtime.camel.protocol.translation;

/**
 * The first event of a translation connection ({@code session.created}).
 */
public final class TranslationSessionCreatedEvent extends TranslationSessionEvent {

    public TranslationSessionCreatedEvent() {
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_CREATED;
    }
}
