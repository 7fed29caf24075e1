package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.gptrealtime.camel.metrics.SessionMeters;
import io.gptrealtime.camel.protocol.AudioFormatSpec;
import io.gptrealtime.camel.protocol.ConversationItem;
import io.gptrealtime.camel.protocol.ConversationItemEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.ResponseCreatedEvent;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.SessionEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usage, cost and latency account of one session. Attached to every session before it connects and kept in its
 * attributes ({@link #of}), so the consumer, the dev console and the audio and tool code find it.
 * <p>
 * Threading: {@link #onServerEvent} runs inline on the socket reader thread, before routes see the event, so the
 * per-response numbers are ready when the consumer maps {@code response.done}; it does constant work per event. The
 * {@code record*} hooks may be called from any thread. All mutable state is guarded by {@code this}.
 */
public final class SessionStats implements SessionObserver {

    /** The session attribute holding this object. */
    public static final String ATTRIBUTE = SessionStats.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(SessionStats.class);
    /** Finished responses kept for the consumer to read their numbers (it lags the reader by its queue at most). */
    private static final int MAX_FINISHED = 64;
    /** Responses created and not done; more than a handful means out-of-band responses piling up. */
    private static final int MAX_IN_FLIGHT = 32;
    /** User item ids remembered to count each once (GA sends conversation.item.added, older servers .created). */
    private static final int MAX_USER_ITEMS = 8;

    private final RealtimeSession session;
    private final String agent;
    private final PriceTable prices;
    private final SessionMeters meters;
    private final AgentUsage agentUsage;
    private final long createdNanos = System.nanoTime();

    /** The model the cost is based on: the one asked for, then the one session.created reports. */
    private String model;
    private ModelPrices modelPrices;
    /** USD per audio minute when the model is billed by duration (translation, transcription models), else null. */
    private BigDecimal perMinutePrice;
    private double inputBytesPerSecond;
    private double outputBytesPerSecond;

    private TokenUsage tokens = TokenUsage.ZERO;
    /** USD so far; null while the model has no price. */
    private BigDecimal cost;
    private int turns;
    private int responses;
    private int interruptions;
    private int toolCalls;
    private double audioInSeconds;
    private long inputBytesAccounted;
    private long outputAudioBytes;
    private long droppedReported;

    /** nanoTime of the last speech_stopped whose response has not produced audio yet, else 0. */
    private long speechStoppedAt;
    /** Whether the current user speech was already counted as an interruption. */
    private boolean speechCountedAsInterruption;
    private String lastAudioResponseId;
    private final Map<String, InFlight> inFlight = new LinkedHashMap<>();
    private final Map<String, ResponseStats> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ResponseStats> eldest) {
            return size() > MAX_FINISHED;
        }
    };
    private final Set<String> userItems = new LinkedHashSet<>();
    private final LatencyStats timeToFirstAudio = new LatencyStats();
    private final LatencyStats responseDuration = new LatencyStats();
    private final LatencyStats bargeInReaction = new LatencyStats();
    private final LatencyStats toolLatency = new LatencyStats();
    private long closedNanos;
    private boolean failed;
    private SessionSummary finalSummary;

    private static final class InFlight {
        final long createdNanos;
        long firstAudioNanos = -1;
        long bargeInNanos = -1;

        InFlight(long createdNanos) {
            this.createdNanos = createdNanos;
        }
    }

    SessionStats(RealtimeSession session, String agent, String model, PriceTable prices, SessionMeters meters,
                 AgentUsage agentUsage) {
        this.session = session;
        this.agent = agent;
        this.prices = prices;
        this.meters = meters;
        this.agentUsage = agentUsage;
        RealtimeSessionConfig config = session.settings().initialConfig();
        this.inputBytesPerSecond = bytesPerSecond(config == null || config.getAudio() == null
                || config.getAudio().getInput() == null ? null : config.getAudio().getInput().getFormat());
        this.outputBytesPerSecond = bytesPerSecond(config == null || config.getAudio() == null
                || config.getAudio().getOutput() == null ? null : config.getAudio().getOutput().getFormat());
        useModel(model);
    }

    /** The stats of a session, or null for a session opened outside an agent (e.g. a health probe). */
    public static SessionStats of(RealtimeSession session) {
        return session == null ? null : (SessionStats) session.attributes().get(ATTRIBUTE);
    }

    // ------------------------------------------------------------------------------------------- observer

    @Override
    public void onServerEvent(RealtimeSession s, ServerEvent event) {
        long now = System.nanoTime();
        switch (event.getType()) {
            case EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA -> onAudioDelta((ResponseOutputAudioDeltaEvent) event, now);
            case EventTypes.SESSION_CREATED, EventTypes.SESSION_UPDATED -> {
                if (event instanceof SessionEvent e) { // a translation session's config has no model choices here
                    onSessionConfig(e);
                }
            }
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED -> onSpeechStarted();
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STOPPED -> {
                synchronized (this) {
                    speechStoppedAt = now;
                }
            }
            case EventTypes.CONVERSATION_ITEM_ADDED, EventTypes.CONVERSATION_ITEM_CREATED ->
                onItem(((ConversationItemEvent) event).getItem());
            case EventTypes.RESPONSE_CREATED -> onResponseCreated(((ResponseCreatedEvent) event).getResponse(), now);
            case EventTypes.RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE, EventTypes.RESPONSE_MCP_CALL_ARGUMENTS_DONE -> {
                synchronized (this) {
                    toolCalls++;
                }
                agentUsage.toolCall();
                meters.toolCall();
            }
            case EventTypes.RESPONSE_DONE -> onResponseDone(((ResponseDoneEvent) event).getResponse(), now);
            default -> {
                // not accounted
            }
        }
        reportDropped();
    }

    @Override
    public void onSessionClosed(RealtimeSession s, Throwable cause) {
        SessionSummary summary;
        synchronized (this) {
            if (finalSummary != null) {
                return;
            }
            closedNanos = System.nanoTime();
            failed = cause != null;
            flushInputAudio();
            finalSummary = buildSummary(closedNanos);
            summary = finalSummary;
        }
        reportDropped();
        agentUsage.sessionClosed(summary);
        meters.sessionClosed();
    }

    // ------------------------------------------------------------------------------------------- hooks

    /**
     * The audio playout reports a barge-in: {@code nanos} from speech_started received to the playback cleared. Counts
     * as an interruption if the response had already finished generating (the user spoke over its playback).
     */
    public void recordBargeIn(long nanos) {
        if (nanos < 0) {
            return;
        }
        boolean newInterruption;
        synchronized (this) {
            newInterruption = !speechCountedAsInterruption;
            if (newInterruption) {
                speechCountedAsInterruption = true;
                interruptions++;
            }
            String id = lastAudioResponseId;
            if (id != null) {
                InFlight f = inFlight.get(id);
                if (f != null) {
                    f.bargeInNanos = nanos;
                } else if (finished.containsKey(id)) {
                    finished.put(id, finished.get(id).withBargeIn(nanos));
                }
            }
        }
        bargeInReaction.record(nanos);
        agentUsage.bargeInReactionStats().record(nanos);
        meters.bargeInReaction(nanos);
        if (newInterruption) {
            agentUsage.interruption();
            meters.interruption();
        }
    }

    @Override
    public void onConnectionReplaced(RealtimeSession session, boolean rotation) {
        if (!rotation) {
            recordReconnect(); // a rotation is planned, not a failure: it does not count as a reconnect
        }
    }

    /** This session's connection was re-established in place after a drop, for the reconnect counters. */
    public void recordReconnect() {
        agentUsage.reconnect();
        meters.reconnect();
    }

    /** The tool runner reports how long a tool took, from the call's arguments done to its output sent. */
    public void recordToolLatency(String tool, long nanos) {
        if (nanos < 0) {
            return;
        }
        toolLatency.record(nanos);
        agentUsage.toolLatencyStats().record(nanos);
        meters.toolLatency(tool == null ? "unknown" : tool, nanos);
    }

    // ------------------------------------------------------------------------------------------- reads

    /** The numbers of a finished response (bounded history), or null. */
    public synchronized ResponseStats response(String responseId) {
        return responseId == null ? null : finished.get(responseId);
    }

    /** The account so far, or the final one once the session ended. */
    public SessionSummary summary() {
        synchronized (this) {
            if (finalSummary != null) {
                return finalSummary;
            }
            flushInputAudio();
            return buildSummary(System.nanoTime());
        }
    }

    /** USD so far, exact; null when the model has no price. */
    public synchronized BigDecimal cost() {
        return cost;
    }

    /** Whether the session ended with a failure (not an orderly close). */
    public synchronized boolean failed() {
        return failed;
    }

    public synchronized String model() {
        return model;
    }

    public RealtimeSession session() {
        return session;
    }

    public String agent() {
        return agent;
    }

    // ------------------------------------------------------------------------------------------- internals

    private void onAudioDelta(ResponseOutputAudioDeltaEvent delta, long now) {
        int bytes = delta.getDelta() == null ? 0 : delta.getDelta().length();
        long firstAudio = -1;
        double seconds;
        synchronized (this) {
            outputAudioBytes += bytes;
            seconds = outputBytesPerSecond > 0 ? bytes / outputBytesPerSecond : 0;
            String id = delta.getResponseId();
            lastAudioResponseId = id;
            InFlight f = id == null ? null : inFlight.get(id);
            if (f != null && f.firstAudioNanos < 0 && speechStoppedAt != 0) {
                firstAudio = now - speechStoppedAt;
                f.firstAudioNanos = firstAudio;
                speechStoppedAt = 0;
            }
        }
        meters.audioOut(seconds);
        if (firstAudio >= 0) {
            timeToFirstAudio.record(firstAudio);
            agentUsage.timeToFirstAudioStats().record(firstAudio);
            meters.timeToFirstAudio(firstAudio);
        }
    }

    private void onSessionConfig(SessionEvent event) {
        RealtimeSessionConfig config = event.getSession();
        if (config == null) {
            return;
        }
        synchronized (this) {
            if (config.getModel() != null && event.getType().equals(EventTypes.SESSION_CREATED)) {
                useModel(config.getModel());
            }
            if (config.getAudio() != null) {
                if (config.getAudio().getInput() != null && config.getAudio().getInput().getFormat() != null) {
                    // bytes sent so far were in the previous format
                    flushInputAudio();
                    inputBytesPerSecond = bytesPerSecond(config.getAudio().getInput().getFormat());
                }
                if (config.getAudio().getOutput() != null && config.getAudio().getOutput().getFormat() != null) {
                    outputBytesPerSecond = bytesPerSecond(config.getAudio().getOutput().getFormat());
                }
            }
        }
    }

    private void onSpeechStarted() {
        boolean interrupted;
        synchronized (this) {
            // the user speaks while a response is being generated: with interrupt_response the service cancels it
            interrupted = !inFlight.isEmpty();
            speechCountedAsInterruption = interrupted;
            speechStoppedAt = 0;
            if (interrupted) {
                interruptions++;
            }
        }
        if (interrupted) {
            agentUsage.interruption();
            meters.interruption();
        }
    }

    private synchronized void onItem(ConversationItem item) {
        if (item == null || !"message".equals(item.getType()) || !"user".equals(item.getRole())) {
            return;
        }
        String id = item.getId();
        if (id != null) {
            if (userItems.contains(id)) {
                return;
            }
            userItems.add(id);
            if (userItems.size() > MAX_USER_ITEMS) {
                userItems.remove(userItems.iterator().next());
            }
        }
        turns++;
    }

    private synchronized void onResponseCreated(RealtimeResponse r, long now) {
        if (r == null || r.getId() == null) {
            return;
        }
        if (inFlight.size() >= MAX_IN_FLIGHT) {
            inFlight.remove(inFlight.keySet().iterator().next());
        }
        inFlight.put(r.getId(), new InFlight(now));
    }

    private void onResponseDone(RealtimeResponse r, long now) {
        if (r == null) {
            return;
        }
        TokenUsage t = TokenUsage.of(r.getUsage());
        BigDecimal c;
        ResponseStats stats;
        synchronized (this) {
            InFlight f = r.getId() == null ? null : inFlight.remove(r.getId());
            long duration = f == null ? -1 : now - f.createdNanos;
            responses++;
            tokens = tokens.plus(t);
            c = modelPrices == null ? null : CostCalculator.cost(t, modelPrices);
            if (c != null) {
                cost = cost == null ? c : cost.add(c);
            }
            stats = new ResponseStats(r.getId(), r.getStatus(), t, c, cost, duration,
                    f == null ? -1 : f.firstAudioNanos, f == null ? -1 : f.bargeInNanos);
            if (r.getId() != null) {
                finished.put(r.getId(), stats);
            }
            flushInputAudio();
        }
        agentUsage.response(t, c);
        meters.tokens(t);
        if (c != null) {
            meters.cost(c);
        }
        if (stats.durationNanos() >= 0) {
            responseDuration.record(stats.durationNanos());
            agentUsage.responseDurationStats().record(stats.durationNanos());
            meters.responseDuration(stats.durationNanos());
        }
    }

    /** Converts the audio bytes the session sent since the last call into seconds. Caller holds the lock. */
    private void flushInputAudio() {
        long sent = session.audioBytesSent();
        long fresh = sent - inputBytesAccounted;
        if (fresh > 0 && inputBytesPerSecond > 0) {
            double seconds = fresh / inputBytesPerSecond;
            audioInSeconds += seconds;
            // metered wherever audio is accounted, so the counter and the summary always agree
            meters.audioIn(seconds);
            if (perMinutePrice != null) {
                // billed by duration: the audio sent is the bill (exact: bytes / (bytes per minute) in decimal)
                BigDecimal c = perMinutePrice.multiply(BigDecimal.valueOf(fresh))
                        .divide(BigDecimal.valueOf(inputBytesPerSecond * 60), java.math.MathContext.DECIMAL64);
                cost = cost == null ? c : cost.add(c);
                agentUsage.durationCost(c);
                meters.cost(c);
            }
        }
        inputBytesAccounted = sent;
    }

    /** Reports drops since the last report; the dispatcher drops after observers ran, so this lags by one event. */
    private void reportDropped() {
        long dropped = session.droppedEvents();
        long fresh;
        synchronized (this) {
            fresh = dropped - droppedReported;
            droppedReported = dropped;
        }
        if (fresh > 0) {
            meters.droppedEvents(fresh);
        }
    }

    /** Caller holds the lock. */
    private void useModel(String m) {
        model = m;
        modelPrices = prices.lookup(m);
        perMinutePrice = modelPrices == null ? prices.lookupPerMinute(m) : null;
        if (modelPrices == null && perMinutePrice == null && m != null) {
            UnpricedModels.warnOnce(m, LOG);
        }
        if ((modelPrices != null || perMinutePrice != null) && cost == null && responses == 0) {
            cost = BigDecimal.ZERO;
        }
    }

    /** Caller holds the lock. */
    private SessionSummary buildSummary(long nowNanos) {
        long durationMillis = (nowNanos - createdNanos) / 1_000_000;
        double audioOut = outputBytesPerSecond > 0 ? outputAudioBytes / outputBytesPerSecond : 0;
        return new SessionSummary(agent, session.key(), session.sessionId(), model, durationMillis, turns, responses,
                interruptions, toolCalls, tokens, cost, CostCalculator.perMinute(cost, durationMillis),
                audioInSeconds, audioOut, session.droppedEvents(), timeToFirstAudio.snapshot(),
                responseDuration.snapshot(), bargeInReaction.snapshot(), toolLatency.snapshot());
    }

    /** Bytes per second of a Realtime audio format: PCM16 mono at its rate, or 8-bit G.711 at 8 kHz. */
    static double bytesPerSecond(AudioFormatSpec format) {
        if (format == null) {
            return AudioFormatSpec.PCM_RATE * 2.0;
        }
        return format.isG711() ? AudioFormatSpec.G711_RATE : format.sampleRate() * 2.0;
    }

    /** Logs a model without a price once per model for the life of the JVM (bounded: model names are few). */
    private static final class UnpricedModels {
        private static final Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private static final int MAX = 64;

        static void warnOnce(String model, Logger log) {
            if (WARNED.size() < MAX && WARNED.add(model)) {
                log.warn("No price for model {}: its sessions report tokens but no cost. Add it with the prices or"
                         + " priceTable option of the gpt-realtime component.", model);
            }
        }
    }
}
