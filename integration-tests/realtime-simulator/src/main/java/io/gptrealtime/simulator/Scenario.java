package io.gptrealtime.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The script a simulated session follows. Immutable; each session walks it with its own cursor.
 *
 * <p>Matching rules (deterministic):
 * <ol>
 *   <li>Each new user input — a committed audio buffer or a user message created by the client — opens the next
 *   turn, unless the current turn has not been answered yet (then the input joins it).</li>
 *   <li>A response (client {@code response.create} or VAD auto-response) answers the open turn with its
 *   {@link Turn#reply()}. A response whose new input is only {@code function_call_output} items gets the open
 *   turn's next {@link Turn#followUps() follow-up}. A response with no new input (a greeting, a nudge) takes the
 *   next turn.</li>
 *   <li>Out-of-band responses ({@code conversation: "none"}) take {@link #outOfBandReplies()} in order and leave
 *   the turns alone.</li>
 *   <li>When the turns run out, the {@link #fallbackReply()} and {@link #fallbackUserTranscript()} are used.</li>
 * </ol>
 */
public final class Scenario {

    /** The default reply: a ~1.5 s tone with the transcript "I heard you.", so the offline demo says something. */
    public static final String DEFAULT_REPLY_TEXT = "I heard you.";
    public static final String DEFAULT_USER_TRANSCRIPT = "Hello, can you hear me?";

    private final List<Turn> turns;
    private final Reply fallbackReply;
    private final String fallbackUserTranscript;
    private final boolean alwaysTranscribe;
    private final List<Reply> outOfBandReplies;
    private final List<McpServer> mcpServers;

    private Scenario(Builder b) {
        this.mcpServers = List.copyOf(b.mcpServers);
        this.turns = List.copyOf(b.turns);
        this.outOfBandReplies = List.copyOf(b.outOfBandReplies);
        this.fallbackReply = b.fallbackReply;
        this.fallbackUserTranscript = b.fallbackUserTranscript;
        this.alwaysTranscribe = b.alwaysTranscribe;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No turns; every response is the fallback reply (440 Hz tone, 1.5 s, "I heard you."). */
    public static Scenario defaultScenario() {
        return builder().build();
    }

    /** Reads the JSON form (see {@link ScenarioJson}); relative WAV paths resolve against the file's folder. */
    public static Scenario fromJson(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path base = file.toAbsolutePath().getParent();
            return ScenarioJson.parse(text, base);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read scenario " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the JSON form; relative WAV paths resolve against {@code baseDir}. */
    public static Scenario fromJson(String json, Path baseDir) {
        return ScenarioJson.parse(json, baseDir);
    }

    public List<Turn> turns() {
        return turns;
    }

    public Reply fallbackReply() {
        return fallbackReply;
    }

    public String fallbackUserTranscript() {
        return fallbackUserTranscript;
    }

    /** Whether input transcription events are sent even when the session has no transcription configured. */
    public boolean alwaysTranscribe() {
        return alwaysTranscribe;
    }

    /**
     * Replies for out-of-band responses ({@code conversation: "none"}), used in order, then the fallback. They do
     * not move the turn cursor, so classification side-requests do not shift the main script.
     */
    public List<Reply> outOfBandReplies() {
        return outOfBandReplies;
    }

    /** The remote MCP servers whose tool lists the simulated service can import (see {@link McpServer}). */
    public List<McpServer> mcpServers() {
        return mcpServers;
    }

    @Override
    public String toString() {
        return "Scenario" + turns + " fallback=" + fallbackReply;
    }

    public static final class Builder {
        private final List<Turn> turns = new ArrayList<>();
        private Reply fallbackReply = Reply.say(DEFAULT_REPLY_TEXT,
                AudioSource.tone(440, Duration.ofMillis(1500)));
        private String fallbackUserTranscript = DEFAULT_USER_TRANSCRIPT;
        private boolean alwaysTranscribe;
        private final List<Reply> outOfBandReplies = new ArrayList<>();
        private final List<McpServer> mcpServers = new ArrayList<>();

        private Builder() {
        }

        /** A remote MCP server whose tools are listed when a session adds an mcp tool with its label. */
        public Builder mcpServer(McpServer server) {
            mcpServers.add(Objects.requireNonNull(server, "server"));
            return this;
        }

        public Builder turn(Turn turn) {
            turns.add(Objects.requireNonNull(turn, "turn"));
            return this;
        }

        public Builder turn(String userTranscript, Reply reply) {
            return turn(Turn.of(userTranscript, reply));
        }

        public Builder fallbackReply(Reply reply) {
            this.fallbackReply = Objects.requireNonNull(reply, "reply");
            return this;
        }

        public Builder fallbackUserTranscript(String transcript) {
            this.fallbackUserTranscript = Objects.requireNonNull(transcript, "transcript");
            return this;
        }

        /** Adds a reply for the next out-of-band response. */
        public Builder outOfBand(Reply reply) {
            outOfBandReplies.add(Objects.requireNonNull(reply, "reply"));
            return this;
        }

        public Builder alwaysTranscribe(boolean alwaysTranscribe) {
            this.alwaysTranscribe = alwaysTranscribe;
            return this;
        }

        public Scenario build() {
            return new Scenario(this);
        }
    }
}
