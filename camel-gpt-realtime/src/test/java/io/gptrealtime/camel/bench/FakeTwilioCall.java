package io.gptrealtime.camel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gptrealtime.camel.audio.G711;

/**
 * One phone call as Twilio Media Streams would carry it to a bridge, with Twilio's playout simulated, for comparing
 * bridges on the same wire: {@code connected}, {@code start}, then a 20 ms µ-law {@code media} frame every 20 ms
 * (silence or speech-like tone bursts) until {@code stop}.
 * <p>
 * The far end plays what the bridge sends in real time, as Twilio does: a {@code media} message is queued behind the
 * audio already buffered; a {@code mark} is echoed when the audio queued before it has been played; {@code clear}
 * drops the buffer and echoes the pending marks at once. From that model it knows, at any instant, how much of the
 * current reply the caller has heard.
 * <p>
 * The script: 400 ms silence, 1 s of speech, silence until the reply has played {@link #bargeAtMs(int)} ms, then the
 * caller talks over it (600 ms) — a barge-in — and waits for the next reply, {@code turns} times; then 1.5 s of
 * silence and {@code stop}. Every received message is timestamped with {@link System#nanoTime()}.
 */
final class FakeTwilioCall implements WebSocket.Listener {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int FRAME_MS = 20;
    static final int FRAME_BYTES = 160;
    static final int BYTES_PER_MS = 8;
    static final int LEAD_SILENCE_MS = 400;
    static final int FIRST_SPEECH_MS = 1000;
    static final int BARGE_SPEECH_MS = 600;
    static final int TAIL_MS = 1500;
    /** A reply that does not start this long after the caller stopped talking fails the call. */
    static final long REPLY_TIMEOUT_MS = 8000;
    /** A barge-in without {@code clear} this long after the caller started talking counts as not cleared. */
    static final long CLEAR_TIMEOUT_MS = 2500;

    enum Phase { LEAD, SPEAK, WAIT_REPLY, BARGE, TAIL, DONE }

    /** One chunk of assistant audio in the simulated Twilio buffer. */
    private record Chunk(long arrivalNanos, long startNanos, int bytes) {
    }

    /** A mark in the simulated Twilio buffer: echoed when playout reaches {@code dueNanos}. */
    private record PendingMark(String name, long dueNanos, long positionBytes, ScheduledFuture<?> echo) {
    }

    /** What happened at one barge-in. */
    static final class Barge {
        /** When the caller started talking over the reply. */
        long talkNanos;
        /** When {@code clear} arrived, or 0. */
        long clearNanos;
        /** Reply audio the caller had heard when {@code clear} arrived (ms), by the playout model. */
        double playedMsAtClear = -1;
        /** Reply audio covered by echoed marks when {@code clear} arrived (ms): what the bridge could know. */
        double ackedMsAtClear = -1;
        /** Reply audio received from the bridge when {@code clear} arrived (ms). */
        double receivedMsAtClear = -1;
    }

    /** One media message from the bridge. */
    record MediaIn(long nanos, int bytes) {
    }

    private final String callSid;
    private final String streamSid;
    private final int turns;
    private final long seed;
    private final ScheduledExecutorService clock;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;
    private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> ticker;

    // all below guarded by this
    private long seq;
    private long frame;
    private Phase phase = Phase.LEAD;
    private long phaseStartMs;
    private int turn;
    private final List<Chunk> replyChunks = new ArrayList<>();
    private long replyBytes;
    private long ackedBytes;
    private long queueEndNanos;
    private final List<PendingMark> pendingMarks = new ArrayList<>();
    private Barge currentBarge;
    final List<Barge> barges = new ArrayList<>();
    final List<MediaIn> media = new ArrayList<>();
    final List<Long> clears = new ArrayList<>();
    long marksIn;
    long unknownEvents;
    String failure;
    long startNanos;
    long endNanos;

    FakeTwilioCall(String callSid, int turns, long seed, ScheduledExecutorService clock) {
        this.callSid = callSid;
        this.streamSid = "MZ" + callSid;
        this.turns = turns;
        this.seed = seed;
        this.clock = clock;
    }

    /** Reply audio heard before the caller talks over reply {@code turn}: 900..1500 ms, varied per turn. */
    int bargeAtMs(int turn) {
        long h = (seed * 31 + turn) * 0x9E3779B97F4A7C15L;
        return 900 + (int) Math.floorMod(h >>> 17, 601);
    }

    /** Connects, sends {@code connected} and {@code start}; the script then runs on {@code clock}. */
    void start(HttpClient http, URI uri) throws Exception {
        ws = http.newWebSocketBuilder().buildAsync(uri, this).get(10, TimeUnit.SECONDS);
        synchronized (this) {
            startNanos = System.nanoTime();
            send("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
            send("{\"event\":\"start\",\"sequenceNumber\":\"" + (++seq) + "\",\"streamSid\":\"" + streamSid
                 + "\",\"start\":{\"accountSid\":\"ACbench\",\"streamSid\":\"" + streamSid + "\",\"callSid\":\""
                 + callSid + "\",\"tracks\":[\"inbound\"],\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\","
                 + "\"sampleRate\":8000,\"channels\":1},\"customParameters\":{\"From\":\"+15550100\",\"To\":"
                 + "\"+15550199\"}}}");
        }
        ticker = clock.scheduleAtFixedRate(this::tick, FRAME_MS, FRAME_MS, TimeUnit.MILLISECONDS);
    }

    /** Completes when the call has sent {@code stop} (or failed). */
    CompletableFuture<Void> finished() {
        return finished;
    }

    private synchronized void send(String json) {
        WebSocket socket = ws;
        sendChain = sendChain.thenCompose(x -> socket.sendText(json, true));
    }

    private long callMs() {
        return frame * FRAME_MS;
    }

    /** One 20 ms frame: the script's state machine, then the frame itself. */
    private synchronized void tick() {
        try {
            if (phase == Phase.DONE) {
                return;
            }
            long now = System.nanoTime();
            long inPhase = callMs() - phaseStartMs;
            switch (phase) {
                case LEAD -> {
                    if (inPhase >= LEAD_SILENCE_MS) {
                        enter(Phase.SPEAK);
                    }
                }
                case SPEAK -> {
                    if (inPhase >= FIRST_SPEECH_MS) {
                        enter(Phase.WAIT_REPLY);
                    }
                }
                case WAIT_REPLY -> {
                    if (currentBarge != null && currentBarge.clearNanos == 0
                        && now - currentBarge.talkNanos > TimeUnit.MILLISECONDS.toNanos(CLEAR_TIMEOUT_MS)) {
                        // no clear: what is buffered keeps playing; start counting the next reply afresh
                        currentBarge = null;
                        resetReply(now);
                    }
                    if (turn >= turns) {
                        enter(Phase.TAIL);
                    } else if (currentBarge == null && playedBytes(now) >= (long) bargeAtMs(turn) * BYTES_PER_MS) {
                        Barge b = new Barge();
                        b.talkNanos = now;
                        barges.add(b);
                        currentBarge = b;
                        turn++;
                        enter(Phase.BARGE);
                    } else if (inPhase > REPLY_TIMEOUT_MS && replyBytes == 0) {
                        fail("no reply audio " + REPLY_TIMEOUT_MS + " ms after the caller stopped talking (turn "
                             + turn + ")");
                        return;
                    }
                }
                case BARGE -> {
                    if (inPhase >= BARGE_SPEECH_MS) {
                        enter(Phase.WAIT_REPLY);
                    }
                }
                case TAIL -> {
                    if (inPhase >= TAIL_MS) {
                        stop();
                        return;
                    }
                }
                default -> {
                }
            }
            boolean voiced = phase == Phase.SPEAK || phase == Phase.BARGE;
            send("{\"event\":\"media\",\"sequenceNumber\":\"" + (++seq) + "\",\"streamSid\":\"" + streamSid
                 + "\",\"media\":{\"track\":\"inbound\",\"chunk\":\"" + (frame + 1) + "\",\"timestamp\":\""
                 + callMs() + "\",\"payload\":\"" + Base64.getEncoder().encodeToString(frame(voiced, frame))
                 + "\"}}");
            frame++;
        } catch (RuntimeException e) {
            fail("script error: " + e);
        }
    }

    private void enter(Phase next) {
        phase = next;
        phaseStartMs = callMs();
    }

    private void stop() {
        send("{\"event\":\"stop\",\"sequenceNumber\":\"" + (++seq) + "\",\"streamSid\":\"" + streamSid
             + "\",\"stop\":{\"accountSid\":\"ACbench\",\"callSid\":\"" + callSid + "\"}}");
        phase = Phase.DONE;
        endNanos = System.nanoTime();
        ticker.cancel(false);
        sendChain.whenComplete((x, e) -> {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "stop");
            finished.complete(null);
        });
    }

    synchronized void fail(String why) {
        if (failure == null) {
            failure = why;
        }
        phase = Phase.DONE;
        endNanos = System.nanoTime();
        if (ticker != null) {
            ticker.cancel(false);
        }
        if (ws != null) {
            ws.abort();
        }
        finished.complete(null);
    }

    /** 20 ms of µ-law: silence, or a speech-like voiced sound (harmonics of 140 Hz, 4 Hz syllable envelope). */
    static byte[] frame(boolean voiced, long index) {
        byte[] out = new byte[FRAME_BYTES];
        for (int i = 0; i < FRAME_BYTES; i++) {
            double v = 0;
            if (voiced) {
                double t = (index * FRAME_BYTES + i) / 8000.0;
                double env = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * t);
                v = env * (0.22 * Math.sin(2 * Math.PI * 140 * t) + 0.12 * Math.sin(2 * Math.PI * 280 * t)
                           + 0.06 * Math.sin(2 * Math.PI * 700 * t));
            }
            out[i] = voiced ? G711.linearToUlaw((short) (v * 32767)) : G711.ULAW_SILENCE;
        }
        return out;
    }

    // ------------------------------------------------------------------ simulated Twilio playout

    /** Reply audio the caller has heard by {@code now} (bytes). */
    private long playedBytes(long now) {
        long played = 0;
        for (Chunk c : replyChunks) {
            if (now <= c.startNanos()) {
                break;
            }
            long ms8 = (now - c.startNanos()) * BYTES_PER_MS / 1_000_000L;
            played += Math.min(c.bytes(), ms8);
        }
        return played;
    }

    private void resetReply(long now) {
        replyChunks.clear();
        replyBytes = 0;
        ackedBytes = 0;
        queueEndNanos = now;
    }

    private synchronized void onMedia(long now, byte[] audio) {
        media.add(new MediaIn(now, audio.length));
        if (phase == Phase.DONE) {
            return;
        }
        long start = Math.max(now, queueEndNanos);
        replyChunks.add(new Chunk(now, start, audio.length));
        replyBytes += audio.length;
        queueEndNanos = start + (long) audio.length * 1_000_000L / BYTES_PER_MS;
    }

    private synchronized void onMark(long now, String name) {
        marksIn++;
        if (phase == Phase.DONE) {
            return;
        }
        long position = replyBytes;
        if (queueEndNanos <= now) {
            ackedBytes = Math.max(ackedBytes, position);
            echo(name);
            return;
        }
        PendingMark[] holder = new PendingMark[1];
        ScheduledFuture<?> f = clock.schedule(() -> markPlayed(holder[0]), queueEndNanos - now,
                TimeUnit.NANOSECONDS);
        holder[0] = new PendingMark(name, queueEndNanos, position, f);
        pendingMarks.add(holder[0]);
    }

    private synchronized void markPlayed(PendingMark m) {
        if (m == null || !pendingMarks.remove(m) || phase == Phase.DONE) {
            return;
        }
        ackedBytes = Math.max(ackedBytes, m.positionBytes());
        echo(m.name());
    }

    private void echo(String name) {
        send("{\"event\":\"mark\",\"sequenceNumber\":\"" + (++seq) + "\",\"streamSid\":\"" + streamSid
             + "\",\"mark\":{\"name\":" + JSON.valueToTree(name) + "}}");
    }

    private synchronized void onClear(long now) {
        clears.add(now);
        if (phase == Phase.DONE) {
            return;
        }
        if (currentBarge != null && currentBarge.clearNanos == 0) {
            currentBarge.clearNanos = now;
            currentBarge.playedMsAtClear = playedBytes(now) / (double) BYTES_PER_MS;
            currentBarge.ackedMsAtClear = ackedBytes / (double) BYTES_PER_MS;
            currentBarge.receivedMsAtClear = replyBytes / (double) BYTES_PER_MS;
            currentBarge = null;
        }
        // Twilio empties its buffer and returns every pending mark
        for (PendingMark m : pendingMarks) {
            m.echo().cancel(false);
            echo(m.name());
        }
        pendingMarks.clear();
        resetReply(now);
    }

    // ------------------------------------------------------------------ WebSocket.Listener

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                JsonNode msg = JSON.readTree(text);
                switch (msg.path("event").asText()) {
                    case "media" -> onMedia(now, Base64.getDecoder().decode(msg.path("media").path("payload")
                            .asText()));
                    case "mark" -> onMark(now, msg.path("mark").path("name").asText());
                    case "clear" -> onClear(now);
                    default -> {
                        synchronized (this) {
                            unknownEvents++;
                        }
                    }
                }
            } catch (Exception e) {
                fail("unreadable message from the bridge: " + e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        synchronized (this) {
            if (phase != Phase.DONE) {
                fail("the bridge closed the stream: " + statusCode + " " + reason);
            }
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        synchronized (this) {
            if (phase != Phase.DONE) {
                fail("stream error: " + error);
            }
        }
    }

    String callSid() {
        return callSid;
    }
}
