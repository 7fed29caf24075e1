package io.gptrealtime.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scripted exchange: what the user is reported to have said (the input transcription of the turn's committed
 * audio), the reply, and follow-up replies used for the responses that answer function call outputs.
 */
public final class Turn {

    private final String userTranscript;
    private final boolean transcriptionFails;
    private final Reply reply;
    private final List<Reply> followUps;

    private Turn(Builder b) {
        this.userTranscript = b.userTranscript;
        this.transcriptionFails = b.transcriptionFails;
        this.reply = b.reply;
        this.followUps = List.copyOf(b.followUps);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Shortcut for a turn with a transcript and a reply. */
    public static Turn of(String userTranscript, Reply reply) {
        return builder().userTranscript(userTranscript).reply(reply).build();
    }

    /** The transcript reported for the user's audio, or null for the scenario's fallback transcript. */
    public String userTranscript() {
        return userTranscript;
    }

    /** Whether input transcription of this turn fails ({@code …input_audio_transcription.failed}). */
    public boolean transcriptionFails() {
        return transcriptionFails;
    }

    /** The reply, or null for the scenario's fallback reply. */
    public Reply reply() {
        return reply;
    }

    public List<Reply> followUps() {
        return followUps;
    }

    @Override
    public String toString() {
        return "Turn[user=" + userTranscript + ", reply=" + reply + ", followUps=" + followUps + "]";
    }

    public static final class Builder {
        private String userTranscript;
        private boolean transcriptionFails;
        private Reply reply;
        private final List<Reply> followUps = new ArrayList<>();

        private Builder() {
        }

        public Builder userTranscript(String transcript) {
            this.userTranscript = transcript;
            return this;
        }

        public Builder transcriptionFails() {
            this.transcriptionFails = true;
            return this;
        }

        public Builder reply(Reply reply) {
            this.reply = Objects.requireNonNull(reply, "reply");
            return this;
        }

        /** The reply to the {@code response.create} that follows this turn's function call outputs (in order). */
        public Builder followUp(Reply followUp) {
            this.followUps.add(Objects.requireNonNull(followUp, "followUp"));
            return this;
        }

        public Turn build() {
            return new Turn(this);
        }
    }
}
