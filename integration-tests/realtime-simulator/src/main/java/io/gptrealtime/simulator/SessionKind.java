package io.gptrealtime.simulator;

/**
 * What the connection URL asked for: a conversation ({@code /v1/realtime?model=}, {@code ?call_id=}), transcription
 * only ({@code ?intent=transcription}) or a translation session ({@code /v1/realtime/translations?model=}).
 */
public enum SessionKind {
    REALTIME("realtime"),
    TRANSCRIPTION("transcription"),
    TRANSLATION("translation");

    private final String wireType;

    SessionKind(String wireType) {
        this.wireType = wireType;
    }

    /** The {@code session.type} value. */
    public String wireType() {
        return wireType;
    }
}
