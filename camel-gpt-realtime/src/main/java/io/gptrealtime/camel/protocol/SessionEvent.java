package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Base of {@code session.created} and {@code session.updated}, which carry the full effective session configuration.
 */
public abstract class SessionEvent extends ServerEvent {

    @JsonProperty("session")
    private RealtimeSessionConfig session;

    protected SessionEvent() {
    }

    public RealtimeSessionConfig getSession() {
        return session;
    }

    public SessionEvent setSession(RealtimeSessionConfig session) {
        this.session = session;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("session", session);
    }
}
