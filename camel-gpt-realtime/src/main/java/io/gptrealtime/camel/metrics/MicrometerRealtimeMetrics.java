package io.gptrealtime.camel.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.gptrealtime.camel.usage.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The Micrometer binding: meters named {@code gpt.realtime.*}, tagged with agent and model. Loaded only by
 * {@link MetricsBinder}, the one place that may link against Micrometer. Meters are built once per agent and model,
 * so a session's events cost a counter increment each.
 */
public final class MicrometerRealtimeMetrics implements RealtimeMetrics {

    /** Tool names are user-defined; past this many distinct names a tool's latency is tagged "other". */
    private static final int MAX_TOOL_TAGS = 256;

    private final MeterRegistry registry;
    private final Map<String, Meters> byAgentAndModel = new ConcurrentHashMap<>();
    /** Everything this binding registered, removed again by {@link #close()}. */
    private final List<Meter> registered = new CopyOnWriteArrayList<>();

    /** Called reflectively by {@link MetricsBinder} with a MeterRegistry. */
    public MicrometerRealtimeMetrics(Object registry) {
        this.registry = (MeterRegistry) registry;
    }

    @Override
    public SessionMeters forSession(String agent, String model) {
        return byAgentAndModel.computeIfAbsent(agent + "\u0000" + model, k -> new Meters(Tags.of("agent", agent,
                "model", model)));
    }

    @Override
    public void close() {
        for (Meter m : registered) {
            registry.remove(m);
        }
        registered.clear();
        byAgentAndModel.clear();
    }

    private <M extends Meter> M keep(M meter) {
        registered.add(meter);
        return meter;
    }

    private final class Meters implements SessionMeters {
        final Tags tags;
        final AtomicLong active = new AtomicLong();
        final Counter sessions;
        final Counter reconnects;
        final Counter audioIn;
        final Counter audioOut;
        final Counter inputText;
        final Counter inputAudio;
        final Counter inputImage;
        final Counter cachedInput;
        final Counter outputText;
        final Counter outputAudio;
        final Counter cost;
        final Counter dropped;
        final Counter interruptions;
        final Counter toolCalls;
        final Timer firstAudio;
        final Timer responseDuration;
        final Timer bargeIn;
        final Map<String, Timer> tools = new ConcurrentHashMap<>();

        Meters(Tags tags) {
            this.tags = tags;
            keep(Gauge.builder("gpt.realtime.sessions.active", active, AtomicLong::get).tags(tags)
                    .description("Open Realtime sessions").register(registry));
            sessions = counter("gpt.realtime.sessions", null, "Sessions opened", Tags.empty());
            reconnects = counter("gpt.realtime.reconnects", null,
                    "Sessions opened for a key whose previous session failed", Tags.empty());
            audioIn = counter("gpt.realtime.audio.input", "seconds", "Audio sent to the service", Tags.empty());
            audioOut = counter("gpt.realtime.audio.output", "seconds", "Audio received from the service",
                    Tags.empty());
            inputText = tokens("input_text");
            inputAudio = tokens("input_audio");
            inputImage = tokens("input_image");
            cachedInput = tokens("cached_input");
            outputText = tokens("output_text");
            outputAudio = tokens("output_audio");
            cost = counter("gpt.realtime.cost", "usd", "Cost at list prices", Tags.empty());
            dropped = counter("gpt.realtime.dispatch.dropped", "events",
                    "Events dropped because the routes did not keep up (dispatch queue overflow)", Tags.empty());
            interruptions = counter("gpt.realtime.interruptions", null, "Barge-ins", Tags.empty());
            toolCalls = counter("gpt.realtime.tool.calls", null, "Function and MCP calls of the model",
                    Tags.empty());
            firstAudio = timer("gpt.realtime.time.to.first.audio",
                    "From the end of the user's speech to the first audio of the answer", Tags.empty());
            responseDuration = timer("gpt.realtime.response.duration", "From response.created to response.done",
                    Tags.empty());
            bargeIn = timer("gpt.realtime.barge.in.reaction", "From speech_started to the playback cleared",
                    Tags.empty());
        }

        private Counter tokens(String type) {
            return counter("gpt.realtime.tokens", "tokens", "Tokens by type (cached_input is part of the input)",
                    Tags.of("type", type));
        }

        private Counter counter(String name, String unit, String description, Tags extra) {
            Counter.Builder b = Counter.builder(name).tags(tags).tags(extra).description(description);
            if (unit != null) {
                b.baseUnit(unit);
            }
            return keep(b.register(registry));
        }

        private Timer timer(String name, String description, Tags extra) {
            return keep(Timer.builder(name).tags(tags).tags(extra).description(description).register(registry));
        }

        @Override
        public void sessionOpened() {
            active.incrementAndGet();
            sessions.increment();
        }

        @Override
        public void sessionClosed() {
            active.decrementAndGet();
        }

        @Override
        public void reconnect() {
            reconnects.increment();
        }

        @Override
        public void audioIn(double seconds) {
            audioIn.increment(seconds);
        }

        @Override
        public void audioOut(double seconds) {
            audioOut.increment(seconds);
        }

        @Override
        public void tokens(TokenUsage t) {
            inputText.increment(t.inputText());
            inputAudio.increment(t.inputAudio());
            inputImage.increment(t.inputImage());
            cachedInput.increment(t.cachedTokens());
            outputText.increment(t.outputText());
            outputAudio.increment(t.outputAudio());
        }

        @Override
        public void cost(BigDecimal usd) {
            cost.increment(usd.doubleValue());
        }

        @Override
        public void droppedEvents(long count) {
            dropped.increment(count);
        }

        @Override
        public void interruption() {
            interruptions.increment();
        }

        @Override
        public void toolCall() {
            toolCalls.increment();
        }

        @Override
        public void timeToFirstAudio(long nanos) {
            firstAudio.record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void responseDuration(long nanos) {
            responseDuration.record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void bargeInReaction(long nanos) {
            bargeIn.record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void toolLatency(String tool, long nanos) {
            String tag = tools.containsKey(tool) || tools.size() < MAX_TOOL_TAGS ? tool : "other";
            tools.computeIfAbsent(tag, t -> timer("gpt.realtime.tool.latency", "Tool execution time",
                    Tags.of("tool", t))).record(nanos, TimeUnit.NANOSECONDS);
        }
    }
}
