package io.gptrealtime.camel.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gptrealtime.camel.protocol.ServerEvent;

/**
 * An event the component makes up about a session's life (the service has none for these): reconnecting,
 * reconnected. Routes select them by type like service events.
 */
public final class LocalEvent extends ServerEvent {

    private final String type;
    @JsonProperty("detail")
    private final String detail;

    public LocalEvent(String type, String detail) {
        this.type = type;
        this.detail = detail;
    }

    @Override
    public String getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }
}
