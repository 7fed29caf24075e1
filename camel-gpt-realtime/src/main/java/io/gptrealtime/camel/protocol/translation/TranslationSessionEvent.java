package io.gptrealtime.camel.protocol.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of the translation {@code session.created} and {@code session.updated} events.
 */
public abstract class TranslationSessionEvent extends ServerEvent {

    @JsonProperty("session")
    private TranslationSessionConfig session;

    protected TranslationSessionEvent() {
    }

    public TranslationSessionConfig getSession() {
        return session;
    }

    public TranslationSessionEvent setSession(TranslationSessionConfig session) {
        this.session = session;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("session", session);
    }
}
