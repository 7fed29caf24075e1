package io.gptrealtime.camel.protocol;

/**
 * A tool of a type this version does not model. Decoded ones keep all their fields in {@link #getUnknownFields()} and
 * are written back unchanged; to send a new kind of tool, create one with its type and add its fields with
 * {@link #setUnknownField(String, com.fasterxml.jackson.databind.JsonNode)}.
 */
public final class UnknownTool extends Tool {

    /** For Jackson, which sets the type from the JSON. */
    public UnknownTool() {
        super(null);
    }

    /** A tool of {@code type}, to be filled with unknown fields. */
    public UnknownTool(String type) {
        super(type);
    }
}
