package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Immutable settings and limits of a simulator, built by {@link SimulatorBuilder}. Every bound the simulator enforces
 * lives here, so "what happens past the limit" has one place to look.
 */
public final class SimulatorConfig {

    /** The instructions a fresh session reports, as the service reports its own default prompt. */
    public static final String DEFAULT_INSTRUCTIONS = "You are a helpful, witty, and friendly AI. Your voice and "
            + "personality should be warm and engaging. This is the camel-gpt-realtime simulator: answers are "
            + "scripted.";

    private final String host;
    private final int port;
    private final String apiKey;
    private final java.util.List<Scenario> sessionScenarios;
    private final Scenario scenario;
    private final Pace pace;
    private final double paceFactor;
    private final Duration audioChunk;
    private final Duration responseLatency;
    private final String defaultModel;
    private final List<Translation> translations;
    private final String defaultInstructions;
    private final String defaultVoice;
    private final Duration sessionMaxDuration;
    private final long seed;
    private final boolean wireNulls;
    private final int ioThreads;
    private final int maxSessions;
    private final int maxClientMessageBytes;
    private final int maxRecordedEventsPerSession;
    private final long maxRecordedCharsPerSession;
    private final int maxConversationItems;
    private final long maxKeptAudioBytesPerSession;
    private final long maxOutboundBacklogBytes;
    private final int maxHandshakeRecords;
    private final Duration closeTimeout;
    private final int vadMinSpeechMs;
    private final long rateLimitRequests;
    private final long rateLimitTokens;

    SimulatorConfig(SimulatorBuilder<?> b) {
        this.host = b.host;
        this.port = b.port;
        this.apiKey = b.apiKey;
        this.scenario = Objects.requireNonNull(b.scenario, "scenario");
        this.sessionScenarios = b.sessionScenarios;
        this.pace = Objects.requireNonNull(b.pace, "pace");
        this.paceFactor = b.paceFactor;
        this.audioChunk = b.audioChunk;
        this.responseLatency = b.responseLatency;
        this.defaultModel = b.defaultModel;
        this.translations = List.copyOf(b.translations);
        this.defaultInstructions = b.defaultInstructions;
        this.defaultVoice = b.defaultVoice;
        this.sessionMaxDuration = b.sessionMaxDuration;
        this.seed = b.seed;
        this.wireNulls = b.wireNulls;
        this.ioThreads = b.ioThreads;
        this.maxSessions = b.maxSessions;
        this.maxClientMessageBytes = b.maxClientMessageBytes;
        this.maxRecordedEventsPerSession = b.maxRecordedEventsPerSession;
        this.maxRecordedCharsPerSession = b.maxRecordedCharsPerSession;
        this.maxConversationItems = b.maxConversationItems;
        this.maxKeptAudioBytesPerSession = b.maxKeptAudioBytesPerSession;
        this.maxOutboundBacklogBytes = b.maxOutboundBacklogBytes;
        this.maxHandshakeRecords = b.maxHandshakeRecords;
        this.closeTimeout = b.closeTimeout;
        this.vadMinSpeechMs = b.vadMinSpeechMs;
        this.rateLimitRequests = b.rateLimitRequests;
        this.rateLimitTokens = b.rateLimitTokens;
    }

    public String host() {
        return host;
    }

    /** Requested port; 0 means ephemeral (see {@link RealtimeSimulator#port()} for the bound one). */
    public int port() {
        return port;
    }

    /** The key a client must present as {@code Authorization: Bearer …}; null accepts any non-empty key. */
    public String apiKey() {
        return apiKey;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario of the session with this connection ordinal (1-based). */
    public Scenario scenarioFor(long ordinal) {
        return sessionScenarios.isEmpty() ? scenario
                : sessionScenarios.get((int) ((Math.max(1, ordinal) - 1) % sessionScenarios.size()));
    }

    public Pace pace() {
        return pace;
    }

    /** Real-time pacing speed-up: 1.0 is exactly real time, 1.5 releases audio 1.5x faster (the service runs ahead). */
    public double paceFactor() {
        return paceFactor;
    }

    /** Duration of audio carried by one {@code response.output_audio.delta} (the last one may be shorter). */
    public Duration audioChunk() {
        return audioChunk;
    }

    /** Delay between {@code response.created} and the first output item ("time to first token"). */
    public Duration responseLatency() {
        return responseLatency;
    }

    /** Model reported when the URL names none (sideband {@code call_id} sessions). */
    /** The scripted utterances of translation sessions. */
    public List<Translation> translations() {
        return translations;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public String defaultInstructions() {
        return defaultInstructions;
    }

    public String defaultVoice() {
        return defaultVoice;
    }

    /** After this long a session gets the {@code session_expired} error and is closed; also sets {@code expires_at}. */
    public Duration sessionMaxDuration() {
        return sessionMaxDuration;
    }

    public long seed() {
        return seed;
    }

    /** Whether to send {@code null} where the live service does but the spec schema does not allow it. */
    public boolean wireNulls() {
        return wireNulls;
    }

    public int ioThreads() {
        return ioThreads;
    }

    /** Concurrent WebSocket sessions; one more handshake is answered 429. */
    public int maxSessions() {
        return maxSessions;
    }

    /** Largest client message (after frame aggregation); a larger one closes the socket with 1009. */
    public int maxClientMessageBytes() {
        return maxClientMessageBytes;
    }

    public int maxRecordedEventsPerSession() {
        return maxRecordedEventsPerSession;
    }

    public long maxRecordedCharsPerSession() {
        return maxRecordedCharsPerSession;
    }

    /** Items per conversation; creating one more is answered with an error. */
    public int maxConversationItems() {
        return maxConversationItems;
    }

    /** Audio bytes (input and output) kept per session for retrieve; beyond it items keep only their duration. */
    public long maxKeptAudioBytesPerSession() {
        return maxKeptAudioBytesPerSession;
    }

    /** Outbound bytes queued (delayed or unwritten) before response streaming pauses until the client reads. */
    public long maxOutboundBacklogBytes() {
        return maxOutboundBacklogBytes;
    }

    public int maxHandshakeRecords() {
        return maxHandshakeRecords;
    }

    /** How long a server-initiated close waits for the client's close frame before closing TCP. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /** Voiced audio needed before the VAD declares speech (its start is still the first voiced frame). */
    public int vadMinSpeechMs() {
        return vadMinSpeechMs;
    }

    public long rateLimitRequests() {
        return rateLimitRequests;
    }

    public long rateLimitTokens() {
        return rateLimitTokens;
    }
}
