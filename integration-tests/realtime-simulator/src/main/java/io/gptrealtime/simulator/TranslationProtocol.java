package io.gptrealtime.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * A translation session ({@code /v1/realtime/translations?model=}), as the guide describes it: continuous 24 kHz
 * PCM16 input consumed in 200 ms frames, translated audio and transcript deltas out, {@code session.update} limited to
 * the output language, input transcription and noise reduction, and {@code session.close} that flushes what is
 * pending, sends {@code session.closed} and closes with 1000.
 * <p>
 * The "translation" is deterministic: a frame whose level is above the speech threshold belongs to an utterance; two
 * quiet frames (400 ms) end it. Each speech frame is answered at once with 200 ms of translated audio (a tone), and the
 * end of an utterance with the next {@link Translation}'s texts, word by word, at the utterance's last
 * {@code elapsed_ms}. Runs on the connection's event loop only.
 */
final class TranslationProtocol implements WireProtocol, FaultEngine.Target {

    static final List<String> CLIENT_EVENT_TYPES = List.of("session.update", "session.input_audio_buffer.append",
            "session.close");
    /** 200 ms of 24 kHz PCM16 mono: the translation engine's frame. */
    static final int FRAME_BYTES = 9600;
    static final int FRAME_MS = 200;
    /** Frame level (RMS, full scale 1.0) above which a frame counts as speech. */
    static final double SPEECH_RMS = 0.02;
    /** Quiet frames that end an utterance. */
    static final int QUIET_FRAMES_TO_END = 2;
    /** The tone the translated audio is made of, so tests can tell it from the input. */
    static final int OUTPUT_TONE_HZ = 660;

    private final SimulatedSession facade;
    private final Channel channel;
    private final SimulatorConfig config;
    private final EventRecorder recorder;
    private final ServerEvents events;
    private final Outbound outbound;
    private final FaultEngine faults;
    private final String sessionId;
    private final String model;
    private final boolean modelMissing;
    private final long expiresAt;
    /** Owner: the event loop. The session as the client configured it (audio.input / audio.output). */
    private final ObjectNode audio = Json.object();
    /** Owner: the event loop. Input bytes not yet making up a whole frame. */
    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
    /** Owner: the event loop. Frames consumed so far (elapsed_ms = frames * 200). */
    private long frames;
    /** Owner: the event loop. Whether an utterance is running, and how many quiet frames it has had. */
    private boolean inUtterance;
    private int quietFrames;
    private long utteranceLastElapsed;
    private int utterances;
    private long tonePhase;
    private boolean closing;
    private ScheduledFuture<?> expiryTimer;

    TranslationProtocol(SimulatedSession facade, Channel channel, SimulatorConfig config, FaultPlan globalFaults,
                        EventRecorder recorder, String model) {
        this.facade = facade;
        this.channel = channel;
        this.config = config;
        this.recorder = recorder;
        Ids ids = new Ids(config.seed(), facade.ordinal());
        this.events = new ServerEvents(ids, config.wireNulls());
        this.faults = new FaultEngine(globalFaults, facade.faults(), this);
        this.outbound = new Outbound(channel, recorder, config.maxOutboundBacklogBytes(), config.closeTimeout(),
                faults::afterServerEvent, () -> {
                });
        this.modelMissing = model == null || model.isEmpty();
        this.model = modelMissing ? "" : model;
        this.sessionId = ids.next("sess");
        this.expiresAt = System.currentTimeMillis() / 1000 + Math.max(1, config.sessionMaxDuration().toSeconds());
        ObjectNode input = audio.putObject("input");
        input.putNull("transcription");
        input.putNull("noise_reduction");
        audio.putObject("output");
        facade.attach(this, sessionId);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------

    @Override
    public void onOpen() {
        if (modelMissing) {
            outbound.send(events.error(RealtimeError.INVALID_REQUEST, "missing_model",
                    "You must provide a model parameter in the URL of a translation session.", "model", null));
            closeWith(4000, "missing_model");
            return;
        }
        ObjectNode view = view();
        facade.effectiveSession(view.deepCopy());
        outbound.send(events.sessionCreated(view));
        expiryTimer = channel.eventLoop().schedule(() -> execute(FaultAction.expireSession()),
                config.sessionMaxDuration().toNanos(), TimeUnit.NANOSECONDS);
        faults.start();
    }

    @Override
    public void onClosed() {
        outbound.onClosed();
        faults.stop();
        if (expiryTimer != null) {
            expiryTimer.cancel(false);
        }
        facade.state(SimulatedSession.State.CLOSED);
    }

    @Override
    public void onCloseFrame(CloseWebSocketFrame frame) {
        facade.closeCodeReceived(frame.statusCode());
        facade.state(SimulatedSession.State.CLOSING);
        outbound.onClientClose(frame);
    }

    @Override
    public void onWritable() {
        // output is produced as input arrives; nothing waits for writability
    }

    private void closeWith(int code, String reason) {
        facade.state(SimulatedSession.State.CLOSING);
        outbound.close(code, reason);
    }

    // ---- inbound -------------------------------------------------------------------------------------------

    @Override
    public void onText(String raw) {
        ClientEventEnvelope.receive(raw, recorder, faults, outbound, events, this::dispatch);
    }

    private void dispatch(JsonNode event, String type) throws RealtimeError {
        if (closing) {
            throw RealtimeError.invalidValueMessage("The session is closing: no events are accepted after "
                    + "session.close.", "type");
        }
        switch (type) {
            case "session.update" -> sessionUpdate(event);
            case "session.input_audio_buffer.append" -> append(event);
            case "session.close" -> {
                ClientEventEnvelope.onlyFields(event, Set.of());
                close();
            }
            default -> throw RealtimeError.invalidValue(type, CLIENT_EVENT_TYPES, "type");
        }
    }

    @Override
    public void onBinary() {
        ClientEventEnvelope.refuseBinary(outbound, events);
    }

    /** Only audio.output.language, audio.input.transcription and audio.input.noise_reduction may change. */
    private void sessionUpdate(JsonNode event) throws RealtimeError {
        ClientEventEnvelope.onlyFields(event, Set.of("session"));
        JsonNode session = Validation.required(event, "session", "session");
        Validation.object(session, "session");
        Validation.onlyFields(session, "session", Set.of("audio"));
        JsonNode a = session.get("audio");
        ObjectNode next = audio.deepCopy();
        if (a != null && !a.isNull()) {
            Validation.object(a, "session.audio");
            Validation.onlyFields(a, "session.audio", Set.of("input", "output"));
            JsonNode in = a.get("input");
            if (in != null && !in.isNull()) {
                Validation.object(in, "session.audio.input");
                Validation.onlyFields(in, "session.audio.input", Set.of("transcription", "noise_reduction"));
                if (in.has("transcription")) {
                    JsonNode t = in.get("transcription");
                    if (!t.isNull()) {
                        Validation.object(t, "session.audio.input.transcription");
                        Validation.onlyFields(t, "session.audio.input.transcription", Set.of("model", "language"));
                        Validation.string(Validation.required(t, "model", "session.audio.input.transcription.model"),
                                "session.audio.input.transcription.model");
                    }
                    ((ObjectNode) next.get("input")).set("transcription", t.deepCopy());
                }
                if (in.has("noise_reduction")) {
                    JsonNode n = in.get("noise_reduction");
                    if (!n.isNull()) {
                        Validation.object(n, "session.audio.input.noise_reduction");
                        Validation.onlyFields(n, "session.audio.input.noise_reduction", Set.of("type"));
                        Validation.oneOf(Validation.required(n, "type", "session.audio.input.noise_reduction.type"),
                                "session.audio.input.noise_reduction.type", List.of("near_field", "far_field"));
                    }
                    ((ObjectNode) next.get("input")).set("noise_reduction", n.deepCopy());
                }
            }
            JsonNode out = a.get("output");
            if (out != null && !out.isNull()) {
                Validation.object(out, "session.audio.output");
                Validation.onlyFields(out, "session.audio.output", Set.of("language"));
                if (out.has("language")) {
                    ((ObjectNode) next.get("output")).put("language",
                            Validation.string(out.get("language"), "session.audio.output.language"));
                }
            }
        }
        audio.setAll(next);
        ObjectNode view = view();
        facade.effectiveSession(view.deepCopy());
        outbound.send(events.sessionUpdated(view));
    }

    private void append(JsonNode event) throws RealtimeError {
        ClientEventEnvelope.onlyFields(event, Set.of("audio"));
        JsonNode value = event.get("audio");
        if (value == null || value.isNull()) {
            throw RealtimeError.missingParameter("audio");
        }
        byte[] bytes = ClientItems.decodeAudio(value, "audio", AudioFormat.PCM16_24K);
        if (bytes.length % 2 != 0) {
            throw RealtimeError.invalidValueMessage("Invalid 'audio'. Expected base64-encoded mono PCM16 at 24kHz, "
                    + "but got an odd number of bytes (" + bytes.length + ").", "audio");
        }
        partial.write(bytes, 0, bytes.length);
        byte[] pending = partial.toByteArray();
        int whole = pending.length / FRAME_BYTES;
        for (int f = 0; f < whole; f++) {
            onFrame(pending, f * FRAME_BYTES, FRAME_BYTES);
        }
        partial.reset();
        partial.write(pending, whole * FRAME_BYTES, pending.length - whole * FRAME_BYTES);
    }

    /** Flushes the partial frame and the running utterance, then ends the session. */
    private void close() {
        closing = true;
        byte[] rest = partial.toByteArray();
        partial.reset();
        if (rest.length > 0) {
            onFrame(rest, 0, rest.length);
        }
        if (inUtterance) {
            endUtterance();
        }
        outbound.send(events.sessionClosed());
        closeWith(1000, "session closed");
    }

    // ---- the "translator" ----------------------------------------------------------------------------------

    private void onFrame(byte[] pcm, int offset, int length) {
        long elapsed = frames * FRAME_MS;
        frames++;
        short[] samples = new short[length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[offset + 2 * i] & 0xff) | (pcm[offset + 2 * i + 1] << 8));
        }
        if (Pcm16.rms(samples) >= SPEECH_RMS) {
            inUtterance = true;
            quietFrames = 0;
            utteranceLastElapsed = elapsed;
            outbound.send(events.translationAudioDelta(tone(samples.length), elapsed));
        } else if (inUtterance && ++quietFrames >= QUIET_FRAMES_TO_END) {
            endUtterance();
        }
    }

    private void endUtterance() {
        inUtterance = false;
        quietFrames = 0;
        Translation t = translation(utterances++);
        if (audio.path("input").path("transcription").isObject()) {
            for (String d : deltas(t.sourceText())) {
                outbound.send(events.translationTranscriptDelta("session.input_transcript.delta", d,
                        utteranceLastElapsed));
            }
        }
        for (String d : deltas(t.translatedText())) {
            outbound.send(events.translationTranscriptDelta("session.output_transcript.delta", d,
                    utteranceLastElapsed));
        }
    }

    private Translation translation(int index) {
        List<Translation> scripted = config.translations();
        return index < scripted.size() ? scripted.get(index) : Translation.placeholder(index + 1);
    }

    /** Append-only fragments as the service sends them: the first word, then each next word with its space. */
    static List<String> deltas(String text) {
        List<String> out = new ArrayList<>();
        Iterator<String> words = List.of(text.split(" ")).iterator();
        boolean first = true;
        while (words.hasNext()) {
            String w = words.next();
            out.add(first ? w : " " + w);
            first = false;
        }
        return out;
    }

    private byte[] tone(int samples) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) (8000 * Math.sin(2 * Math.PI * OUTPUT_TONE_HZ * (tonePhase++) / 24_000.0));
        }
        return Pcm16.toBytes(out);
    }

    private ObjectNode view() {
        ObjectNode s = Json.object();
        s.put("id", sessionId);
        s.put("type", "translation");
        s.put("expires_at", expiresAt);
        s.put("model", model);
        s.set("audio", audio.deepCopy());
        return s;
    }

    // ---- faults --------------------------------------------------------------------------------------------

    @Override
    public EventExecutor executor() {
        return channel.eventLoop();
    }

    @Override
    public void execute(FaultAction action) {
        if (!ClientEventEnvelope.apply(action, outbound, events, this::closeWith)) {
            throw new IllegalStateException(action.kind().name());
        }
    }

    @Override
    public String describe() {
        return facade.toString();
    }
}
