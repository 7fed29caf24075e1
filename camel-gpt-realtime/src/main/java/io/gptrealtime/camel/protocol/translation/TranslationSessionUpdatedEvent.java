package io.gptrealtime.camel.protocol.translation;

/**
 * A translation session after {@code session.update} ({@code session.updated}).
 */
public final class TranslationSessionUpdatedEvent extends TranslationSessionEvent {

    public TranslationSessionUpdatedEvent() {
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_UPDATED;
    }
}
