package io.gptrealtime.camel.protocol;

/**
 * An event the service sends to the client. Events decoded by {@link RealtimeEventCodec#decode(String)} keep the JSON
 * text they came from, so routes can forward or store exactly what the service sent.
 */
public abstract class ServerEvent extends RealtimeEvent {

    private volatile String rawJson;

    /**
     * The JSON text this event was decoded from. For an event built in code, the event encoded now (and remembered).
     */
    public String rawJson() {
        String json = rawJson;
        if (json == null) {
            json = RealtimeEventCodec.instance().encode(this);
            rawJson = json;
        }
        return json;
    }

    @Override
    public ServerEvent setEventId(String eventId) {
        super.setEventId(eventId);
        return this;
    }

    /** Called by the codec; a later change to the event does not change the raw JSON. */
    void attachRawJson(String json) {
        this.rawJson = json;
    }
}
