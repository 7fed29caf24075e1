package io.gptrealtime.simulator;

/** What the connection URL asked for: a conversation ({@code ?model=}, {@code ?call_id=}) or transcription only. */
public enum SessionKind {
    REALTIME("realtime"),
    TRANSCRIPTION("transcription");

    private final String wireType;

    SessionKind(String wireType) {
        this.wireType = wireType;
    }

    /** The {@code session.type} value. */
    public String wireType() {
        return wireType;
    }
}
