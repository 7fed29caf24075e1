package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ClientEvent;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Changes a translation session ({@code session.update}): target language, source transcript, noise reduction.
 */
public final class TranslationSessionUpdateEvent extends ClientEvent {

    @JsonProperty("session")
    private TranslationSessionConfig session;

    public TranslationSessionUpdateEvent() {
    }

    /** An update with {@code session}. */
    public TranslationSessionUpdateEvent(TranslationSessionConfig session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return TranslationEventTypes.SESSION_UPDATE;
    }

    public TranslationSessionConfig getSession() {
        return session;
    }

    public TranslationSessionUpdateEvent setSession(TranslationSessionConfig session) {
        this.session = session;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("session", session);
    }
}
