package io.gptrealtime.camel.usage;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.gptrealtime.camel.metrics.SessionMeters;
import io.gptrealtime.camel.protocol.RealtimeEventCodec;
import io.gptrealtime.camel.protocol.RealtimeSessionConfig;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionListener;
import io.gptrealtime.camel.session.SessionSettings;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SessionStats fed with server events directly, as the reader thread would (no socket). */
class SessionStatsTest {

    static final RealtimeEventCodec CODEC = new RealtimeEventCodec();
    /** 100 ms of 24 kHz PCM16. */
    static final String AUDIO_100MS = Base64.getEncoder().encodeToString(new byte[4800]);

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final RecordingMeters meters = new RecordingMeters();
    final AgentUsage agent = new AgentUsage("desk");

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    SessionStats stats(String model) {
        RealtimeSessionConfig config = RealtimeSessionConfig.realtime().setModel(model);
        SessionSettings settings = SessionSettings.builder().url(URI.create("ws://127.0.0.1:1/v1/realtime?model="
                                                                            + model))
                .initialConfig(config).build();
        RealtimeSession session = new RealtimeSession("call-1", settings, CODEC, new OkHttpClient(), Runnable::run,
                scheduler, (SessionListener) (s, e) -> {
                });
        return new SessionStats(session, "desk", model, PriceTable.defaults(), meters, agent);
    }

    static void feed(SessionStats stats, String... json) {
        for (String j : json) {
            ServerEvent e = CODEC.decode(j);
            stats.onServerEvent(stats.session(), e);
        }
    }

    static String userItem(String type, String id) {
        return "{\"type\":\"" + type + "\",\"event_id\":\"ev\",\"item\":{\"id\":\"" + id
               + "\",\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}}";
    }

    static String created(String id) {
        return "{\"type\":\"response.created\",\"event_id\":\"ev\",\"response\":{\"id\":\"" + id
               + "\",\"object\":\"realtime.response\",\"status\":\"in_progress\",\"output\":[]}}";
    }

    static String audio(String responseId) {
        return "{\"type\":\"response.output_audio.delta\",\"event_id\":\"ev\",\"response_id\":\"" + responseId
               + "\",\"item_id\":\"item_a\",\"output_index\":0,\"content_index\":0,\"delta\":\"" + AUDIO_100MS + "\"}";
    }

    static String done(String id, String status, int text, int audio, int cachedText, int outText, int outAudio) {
        return "{\"type\":\"response.done\",\"event_id\":\"ev\",\"response\":{\"id\":\"" + id
               + "\",\"object\":\"realtime.response\",\"status\":\"" + status + "\",\"output\":[],\"usage\":{"
               + "\"total_tokens\":" + (text + audio + outText + outAudio) + ",\"input_tokens\":" + (text + audio)
               + ",\"output_tokens\":" + (outText + outAudio) + ",\"input_token_details\":{\"text_tokens\":" + text
               + ",\"audio_tokens\":" + audio + ",\"image_tokens\":0,\"cached_tokens\":" + cachedText
               + ",\"cached_tokens_details\":{\"text_tokens\":" + cachedText + ",\"audio_tokens\":0,"
               + "\"image_tokens\":0}},\"output_token_details\":{\"text_tokens\":" + outText + ",\"audio_tokens\":"
               + outAudio + "}}}}";
    }

    static final String SPEECH_STARTED = "{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"ev\","
                                         + "\"audio_start_ms\":100,\"item_id\":\"item_u\"}";
    static final String SPEECH_STOPPED = "{\"type\":\"input_audio_buffer.speech_stopped\",\"event_id\":\"ev\","
                                         + "\"audio_end_ms\":900,\"item_id\":\"item_u\"}";
    static final String FUNCTION_CALL = "{\"type\":\"response.function_call_arguments.done\",\"event_id\":\"ev\","
                                        + "\"response_id\":\"resp_1\",\"item_id\":\"fc_1\",\"output_index\":0,"
                                        + "\"call_id\":\"call_1\",\"name\":\"lookup\",\"arguments\":\"{}\"}";

    @Test
    void aSpokenTurnWithAToolCall() throws Exception {
        SessionStats stats = stats("gpt-realtime-2");
        feed(stats, SPEECH_STARTED, SPEECH_STOPPED, userItem("conversation.item.added", "item_u1"),
                userItem("conversation.item.done", "item_u1"), created("resp_1"));
        Thread.sleep(5);
        feed(stats, audio("resp_1"), audio("resp_1"), FUNCTION_CALL,
                done("resp_1", "completed", 1000, 200, 512, 50, 400));

        ResponseStats r = stats.response("resp_1");
        assertNotNull(r);
        assertEquals("completed", r.status());
        assertTrue(r.firstAudioNanos() >= 5_000_000, "speech_stopped to first audio: " + r.firstAudioNanos());
        assertTrue(r.durationNanos() >= r.firstAudioNanos() - 1_000_000);
        assertEquals(-1, r.bargeInNanos());
        // (1000-512)·4 + 512·0.4 + 200·32 + 50·24 + 400·64 = 35,356.8 µ$
        assertEquals(0, new BigDecimal("0.0353568").compareTo(r.cost()), r.cost().toPlainString());
        assertEquals(0, r.cost().compareTo(r.sessionCost()));

        SessionSummary s = stats.summary();
        assertEquals(1, s.turns(), "conversation.item.done of the same item is not another turn");
        assertEquals(1, s.responses());
        assertEquals(1, s.toolCalls());
        assertEquals(0, s.interruptions());
        assertEquals(0.2, s.audioOutSeconds(), 1e-9);
        assertEquals(1650, s.tokens().totalTokens());
        assertEquals(1, s.timeToFirstAudio().count());
        assertEquals(List.of("timeToFirstAudio", "toolCall", "tokens", "cost", "responseDuration"),
                meters.calls.stream().filter(c -> !c.startsWith("audio")).toList());
        assertEquals(1, agent.toolCalls());
        assertEquals(0, new BigDecimal("0.0353568").compareTo(agent.cost()));
    }

    @Test
    void speakingOverAResponseIsOneInterruptionAndTheBargeInLandsOnThatResponse() {
        SessionStats stats = stats("gpt-realtime-2");
        feed(stats, userItem("conversation.item.added", "item_u1"), created("resp_1"), audio("resp_1"),
                SPEECH_STARTED);
        stats.recordBargeIn(3_000_000);
        feed(stats, done("resp_1", "cancelled", 100, 0, 0, 10, 20));
        assertEquals(1, stats.summary().interruptions(), "speech during the response and its barge-in count once");
        assertEquals(3_000_000, stats.response("resp_1").bargeInNanos());

        // the next response finished generating but is still playing when the user speaks: only the playout knows
        feed(stats, SPEECH_STOPPED, userItem("conversation.item.added", "item_u2"), created("resp_2"),
                audio("resp_2"), done("resp_2", "completed", 100, 0, 0, 10, 20), SPEECH_STARTED);
        assertEquals(1, stats.summary().interruptions(), "speech after the response is not an interruption by itself");
        stats.recordBargeIn(2_000_000);
        assertEquals(2, stats.summary().interruptions());
        assertEquals(2_000_000, stats.response("resp_2").bargeInNanos());
        assertEquals(2, stats.summary().bargeInReaction().count());
        assertEquals(2, stats.summary().turns());
        assertEquals(2, agent.interruptions());
    }

    @Test
    void anUnpricedModelCountsTokensButHasNoCost() {
        SessionStats stats = stats("my-private-model");
        feed(stats, created("resp_1"), done("resp_1", "completed", 100, 0, 0, 10, 20));
        assertNull(stats.response("resp_1").cost());
        assertNull(stats.summary().cost());
        assertNull(stats.summary().costPerMinute());
        assertEquals(130, stats.summary().tokens().totalTokens());
        assertEquals(1, agent.unpricedResponses());
    }

    @Test
    void theModelReportedBySessionCreatedPricesTheSession() {
        SessionStats stats = stats("some-alias");
        feed(stats, "{\"type\":\"session.created\",\"event_id\":\"ev\",\"session\":{\"type\":\"realtime\","
                    + "\"object\":\"realtime.session\",\"id\":\"sess_1\",\"model\":\"gpt-realtime-mini-2025-12-15\"}}",
                created("resp_1"), done("resp_1", "completed", 1_000_000, 0, 0, 0, 0));
        assertEquals("gpt-realtime-mini-2025-12-15", stats.model());
        assertEquals(0, new BigDecimal("0.60").compareTo(stats.cost()), "1M text input tokens of gpt-realtime-mini");
    }

    @Test
    void theFinalSummaryIsFixedAtCloseAndToolLatencyIsRecorded() {
        SessionStats stats = stats("gpt-realtime-2");
        stats.recordToolLatency("lookup", 40_000_000);
        stats.recordReconnect();
        assertEquals(1, agent.reconnects());
        stats.onSessionClosed(stats.session(), null);
        SessionSummary s = stats.summary();
        assertSame(s, stats.summary());
        assertEquals(40L, s.toolLatency().maxMillis());
        assertEquals(List.of("toolLatency:lookup", "sessionClosed"), meters.calls);
    }

    /** Records the calls in order. */
    static final class RecordingMeters implements SessionMeters {
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized void sessionClosed() {
            calls.add("sessionClosed");
        }

        @Override
        public synchronized void audioOut(double seconds) {
            calls.add("audioOut");
        }

        @Override
        public synchronized void audioIn(double seconds) {
            calls.add("audioIn");
        }

        @Override
        public synchronized void tokens(TokenUsage tokens) {
            calls.add("tokens");
        }

        @Override
        public synchronized void cost(BigDecimal usd) {
            calls.add("cost");
        }

        @Override
        public synchronized void toolCall() {
            calls.add("toolCall");
        }

        @Override
        public synchronized void timeToFirstAudio(long nanos) {
            calls.add("timeToFirstAudio");
        }

        @Override
        public synchronized void responseDuration(long nanos) {
            calls.add("responseDuration");
        }

        @Override
        public synchronized void toolLatency(String tool, long nanos) {
            calls.add("toolLatency:" + tool);
        }
    }
}
