package io.gptrealtime.camel.protocol;

/**
 * A tool of a type this version does not model (the session echoes every configured tool). All its fields are in
 * {@link #getUnknownFields()} and are written back unchanged.
 */
public final class UnknownTool extends Tool {

    public UnknownTool() {
        super(null);
    }
}
