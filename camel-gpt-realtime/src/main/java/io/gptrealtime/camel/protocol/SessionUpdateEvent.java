package io.gptrealtime.camel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.json.Describer;

/**
 * Updates the session configuration ({@code session.update}). Only the fields present in {@code session} change; the
 * service answers with {@code session.updated} carrying the full effective configuration (it does not echo
 * {@code event_id}). {@code session.type} is required: {@code realtime} or {@code transcription}.
 */
public final class SessionUpdateEvent extends ClientEvent {

    @JsonProperty("session")
    private RealtimeSessionConfig session;

    public SessionUpdateEvent() {
    }

    /** An update with {@code session}. */
    public SessionUpdateEvent(RealtimeSessionConfig session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return EventTypes.SESSION_UPDATE;
    }

    public RealtimeSessionConfig getSession() {
        return session;
    }

    public SessionUpdateEvent setSession(RealtimeSessionConfig session) {
        this.session = session;
        return this;
    }

    @Override
    protected void describe(Describer d) {
        super.describe(d);
        d.add("session", session);
    }
}
