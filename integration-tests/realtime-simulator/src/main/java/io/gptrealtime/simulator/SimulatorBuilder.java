package io.gptrealtime.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings shared by {@link RealtimeSimulator#builder()} and {@link RealtimeSimulatorExtension#builder()}.
 *
 * @param <B> the concrete builder, so chained calls keep their type
 */
public abstract class SimulatorBuilder<B extends SimulatorBuilder<B>> {

    String host = "127.0.0.1";
    int port;
    String apiKey;
    Scenario scenario = Scenario.defaultScenario();
    List<Scenario> sessionScenarios = List.of();
    final List<Translation> translations = new java.util.ArrayList<>();
    Pace pace = Pace.BURST;
    double paceFactor = 1.0;
    Duration audioChunk = Duration.ofMillis(40);
    Duration responseLatency = Duration.ZERO;
    String defaultModel = "gpt-realtime-2.1";
    String defaultInstructions = SimulatorConfig.DEFAULT_INSTRUCTIONS;
    String defaultVoice = "marin";
    Duration sessionMaxDuration = Duration.ofMinutes(60);
    long seed = 42;
    boolean wireNulls;
    int ioThreads = 2;
    int maxSessions = 256;
    int maxClientMessageBytes = 16 * 1024 * 1024 + 4096;
    int maxRecordedEventsPerSession = 100_000;
    long maxRecordedCharsPerSession = 256L * 1024 * 1024;
    int maxConversationItems = 4096;
    long maxKeptAudioBytesPerSession = 64L * 1024 * 1024;
    long maxOutboundBacklogBytes = 8L * 1024 * 1024;
    int maxHandshakeRecords = 1000;
    Duration closeTimeout = Duration.ofSeconds(1);
    int vadMinSpeechMs = 30;
    long rateLimitRequests = 1000;
    long rateLimitTokens = 50_000;

    protected SimulatorBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Bind address; 127.0.0.1 by default. */
    public B host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return self();
    }

    /** Port; 0 (default) picks a free one. */
    public B port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        return self();
    }

    /** The only key accepted; unset accepts any non-empty bearer key (a missing one is still 401). */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey;
        return self();
    }

    public B scenario(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        return self();
    }

    /**
     * One scenario per connection, in connection order (cycling when there are more connections): for clients that
     * open a session per conversation and expect each conversation to be scripted differently. Empty (the default):
     * every session plays {@link #scenario(Scenario)}.
     */
    public B sessionScenarios(List<Scenario> scenarios) {
        this.sessionScenarios = List.copyOf(scenarios);
        return self();
    }

    public B pace(Pace pace) {
        this.pace = Objects.requireNonNull(pace, "pace");
        return self();
    }

    /** Speed-up for {@link Pace#REALTIME}: 1.0 real time (default), 2.0 twice as fast. */
    public B paceFactor(double factor) {
        if (!(factor > 0) || factor > 1000) {
            throw new IllegalArgumentException("pace factor must be in (0, 1000]: " + factor);
        }
        this.paceFactor = factor;
        return self();
    }

    /** Audio per output delta, 10–500 ms (default 40). */
    public B audioChunk(Duration chunk) {
        long ms = chunk.toMillis();
        if (ms < 10 || ms > 500) {
            throw new IllegalArgumentException("audio chunk must be 10..500 ms: " + chunk);
        }
        this.audioChunk = chunk;
        return self();
    }

    public B responseLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("negative latency: " + latency);
        }
        this.responseLatency = latency;
        return self();
    }

    /**
     * What the translation sessions' utterances say, in order: the source transcript and the translated text of the
     * next utterance (see {@link Translation}).
     */
    public B translation(String sourceText, String translatedText) {
        this.translations.add(new Translation(sourceText, translatedText));
        return self();
    }

    public B defaultModel(String model) {
        this.defaultModel = Objects.requireNonNull(model, "model");
        return self();
    }

    public B defaultInstructions(String instructions) {
        this.defaultInstructions = Objects.requireNonNull(instructions, "instructions");
        return self();
    }

    public B defaultVoice(String voice) {
        this.defaultVoice = Objects.requireNonNull(voice, "voice");
        return self();
    }

    /** Session lifetime before {@code session_expired} (default 60 minutes, as the service). */
    public B sessionMaxDuration(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("session duration must be positive: " + duration);
        }
        this.sessionMaxDuration = duration;
        return self();
    }

    /** Seed of the id generator (ids are deterministic per seed and session order). */
    public B seed(long seed) {
        this.seed = seed;
        return self();
    }

    /** Send nulls the live service sends where the spec schema forbids them (default false: schema-valid). */
    public B wireNulls(boolean wireNulls) {
        this.wireNulls = wireNulls;
        return self();
    }

    public B ioThreads(int threads) {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("io threads must be 1..64: " + threads);
        }
        this.ioThreads = threads;
        return self();
    }

    public B maxSessions(int max) {
        this.maxSessions = positive(max, "maxSessions");
        return self();
    }

    public B maxClientMessageBytes(int max) {
        this.maxClientMessageBytes = positive(max, "maxClientMessageBytes");
        return self();
    }

    public B maxRecordedEventsPerSession(int max) {
        this.maxRecordedEventsPerSession = positive(max, "maxRecordedEventsPerSession");
        return self();
    }

    public B maxRecordedCharsPerSession(long max) {
        this.maxRecordedCharsPerSession = positive(max, "maxRecordedCharsPerSession");
        return self();
    }

    public B maxConversationItems(int max) {
        this.maxConversationItems = positive(max, "maxConversationItems");
        return self();
    }

    public B maxKeptAudioBytesPerSession(long max) {
        this.maxKeptAudioBytesPerSession = positive(max, "maxKeptAudioBytesPerSession");
        return self();
    }

    public B maxOutboundBacklogBytes(long max) {
        this.maxOutboundBacklogBytes = positive(max, "maxOutboundBacklogBytes");
        return self();
    }

    public B maxHandshakeRecords(int max) {
        this.maxHandshakeRecords = positive(max, "maxHandshakeRecords");
        return self();
    }

    public B closeTimeout(Duration timeout) {
        this.closeTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /** Voiced audio needed before speech_started (default 30 ms; 10 ms = the first loud frame). */
    public B vadMinSpeechMs(int ms) {
        if (ms < 10 || ms > 1000) {
            throw new IllegalArgumentException("vadMinSpeechMs must be 10..1000: " + ms);
        }
        this.vadMinSpeechMs = ms;
        return self();
    }

    /** Limits reported in {@code rate_limits.updated}. */
    public B rateLimits(long requests, long tokens) {
        this.rateLimitRequests = positive(requests, "requests");
        this.rateLimitTokens = positive(tokens, "tokens");
        return self();
    }

    protected SimulatorConfig buildConfig() {
        return new SimulatorConfig(this);
    }

    private static int positive(int v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
        return v;
    }

    private static long positive(long v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
        return v;
    }
}
