package io.gptrealtime.camel.protocol;

import java.util.Objects;

/**
 * A server event whose {@code type} this version does not know. New event types appear regularly; they are passed on,
 * never rejected: the type is kept, every field is available through {@link #getUnknownFields()}, and
 * {@link #rawJson()} returns the text as received.
 */
public final class UnknownServerEvent extends ServerEvent {

    private String type;

    /** For Jackson; the codec sets the type right after reading. */
    UnknownServerEvent() {
    }

    /** An event of a type this version does not model, to be filled with {@link #setUnknownField}. */
    public UnknownServerEvent(String type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public String getType() {
        return type;
    }

    void assignType(String type) {
        this.type = type;
    }
}
