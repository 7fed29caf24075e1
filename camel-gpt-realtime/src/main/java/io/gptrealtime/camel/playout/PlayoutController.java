package io.gptrealtime.camel.playout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import io.gptrealtime.camel.audio.AudioConverter;
import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.protocol.ConversationItemTruncateEvent;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.ResponseCreatedEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioTranscriptDeltaEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.SessionObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a session's assistant audio to an {@link AudioPort} and handles barge-in over WebSocket, where the client
 * owns playback: on {@code input_audio_buffer.speech_started} while the assistant is audible, it clears the port and
 * truncates every assistant item of the interrupted response at what the listener heard (never more than was
 * received), cancels the response when the service will not, and tells the routes.
 * <p>
 * Runs on the session's reader thread (it is a {@link SessionObserver}), so the port is cleared within microseconds
 * of the event arriving; the minimum-interruption timer runs on the scheduler. All state is guarded by {@code this}.
 */
public final class PlayoutController implements SessionObserver {

    private static final Logger LOG = LoggerFactory.getLogger(PlayoutController.class);
    /** Interrupted responses remembered, so their late deltas are dropped. */
    private static final int MAX_INTERRUPTED = 16;

    private final AudioPort port;
    private final AudioFormat sessionFormat;
    private final AudioConverter converter;
    private final BargeInPolicy policy;
    private final ScheduledExecutorService scheduler;
    private final LongConsumer reactionRecorder;

    /** Audio items in arrival order with their response, received bytes (session format) and transcript so far. */
    private final Map<String, ItemState> items = new LinkedHashMap<>();
    private final Set<String> interruptedResponses = new LinkedHashSet<>();
    private String activeResponseId;
    private ScheduledFuture<?> pendingConfirmation;
    private long pendingSince;
    private long interruptions;
    private long falseInterruptions;

    private static final class ItemState {
        final String responseId;
        long receivedBytes;
        final StringBuilder transcript = new StringBuilder();

        ItemState(String responseId) {
            this.responseId = responseId;
        }
    }

    /**
     * @param sessionFormat    the session's output audio format (what the deltas carry)
     * @param reactionRecorder receives the barge-in reaction time in nanoseconds (speech_started to port cleared)
     */
    public PlayoutController(AudioPort port, AudioFormat sessionFormat, BargeInPolicy policy,
                             ScheduledExecutorService scheduler, LongConsumer reactionRecorder) {
        this.port = port;
        this.sessionFormat = sessionFormat;
        this.converter = AudioConverter.create(sessionFormat, port.format());
        this.policy = policy;
        this.scheduler = scheduler;
        this.reactionRecorder = reactionRecorder;
    }

    /** Attaches a port to a session: the session's assistant audio plays on it until the session ends. */
    public static PlayoutController attach(RealtimeSession session, AudioPort port, AudioFormat sessionFormat,
                                           BargeInPolicy policy, ScheduledExecutorService scheduler,
                                           LongConsumer reactionRecorder) {
        PlayoutController c = new PlayoutController(port, sessionFormat, policy, scheduler, reactionRecorder);
        session.addObserver(c);
        return c;
    }

    public AudioPort port() {
        return port;
    }

    public synchronized long interruptions() {
        return interruptions;
    }

    public synchronized long falseInterruptions() {
        return falseInterruptions;
    }

    @Override
    public synchronized void onServerEvent(RealtimeSession session, ServerEvent event) {
        switch (event.getType()) {
            case EventTypes.RESPONSE_CREATED -> {
                ResponseCreatedEvent created = (ResponseCreatedEvent) event;
                activeResponseId = created.getResponse() == null ? null : created.getResponse().getId();
            }
            case EventTypes.RESPONSE_DONE -> activeResponseId = null;
            case EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA -> onAudio((ResponseOutputAudioDeltaEvent) event);
            case EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA -> {
                ResponseOutputAudioTranscriptDeltaEvent d = (ResponseOutputAudioTranscriptDeltaEvent) event;
                ItemState item = items.get(d.getItemId());
                if (item != null && d.getDelta() != null) {
                    item.transcript.append(d.getDelta());
                }
            }
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STARTED -> onSpeechStarted(session, System.nanoTime());
            case EventTypes.INPUT_AUDIO_BUFFER_SPEECH_STOPPED -> onSpeechStopped();
            default -> {
                // not about playback
            }
        }
    }

    @Override
    public void onSessionClosed(RealtimeSession session, Throwable cause) {
        synchronized (this) {
            if (pendingConfirmation != null) {
                pendingConfirmation.cancel(false);
            }
        }
        port.close();
    }

    private void onAudio(ResponseOutputAudioDeltaEvent delta) {
        if (delta.getResponseId() != null && interruptedResponses.contains(delta.getResponseId())) {
            return; // the service still streams a little after a cancel: the caller must not hear it
        }
        byte[] audio = delta.audio();
        ItemState item = items.computeIfAbsent(delta.getItemId(), id -> new ItemState(delta.getResponseId()));
        item.receivedBytes += audio.length;
        trimItems();
        byte[] out = converter.convert(audio, 0, audio.length);
        port.write(delta.getItemId(), out, 0, out.length);
    }

    private void onSpeechStarted(RealtimeSession session, long receivedAt) {
        if (!assistantSpeaking() || pendingConfirmation != null) {
            return; // the assistant is silent: an ordinary turn, not an interruption
        }
        if (policy.minInterruptionMs() == 0) {
            interrupt(session, receivedAt);
            return;
        }
        port.pause();
        pendingSince = receivedAt;
        pendingConfirmation = scheduler.schedule(() -> confirm(session), policy.minInterruptionMs(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * The caller hears the assistant, or is about to: the port holds audio, or the active response has sent audio and
     * is not done. A port can run dry for an instant between two deltas of a reply that is still streaming (deltas at
     * real-time pace, a carrier that acknowledges playback as it goes); speech starting then is still an interruption.
     */
    private boolean assistantSpeaking() {
        if (port.isPlaying()) {
            return true;
        }
        String active = activeResponseId;
        if (active == null || interruptedResponses.contains(active)) {
            return false;
        }
        for (ItemState item : items.values()) {
            if (active.equals(item.responseId) && item.receivedBytes > 0) {
                return true;
            }
        }
        return false;
    }

    private void onSpeechStopped() {
        if (pendingConfirmation != null) {
            // shorter than the minimum: a false interruption, the assistant goes on where it paused
            pendingConfirmation.cancel(false);
            pendingConfirmation = null;
            falseInterruptions++;
            port.resume();
        }
    }

    private synchronized void confirm(RealtimeSession session) {
        if (pendingConfirmation == null) {
            return;
        }
        pendingConfirmation = null;
        interrupt(session, pendingSince);
    }

    private void interrupt(RealtimeSession session, long speechStartedAt) {
        String current = port.currentItemId();
        port.clear();
        converter.reset();
        long reaction = System.nanoTime() - speechStartedAt;
        interruptions++;
        reactionRecorder.accept(reaction);
        ItemState playing = current == null ? null : items.get(current);
        String responseId = playing != null ? playing.responseId : activeResponseId;
        if (responseId != null) {
            interruptedResponses.add(responseId);
            while (interruptedResponses.size() > MAX_INTERRUPTED) {
                interruptedResponses.remove(interruptedResponses.iterator().next());
            }
        }
        long heardOfCurrent = 0;
        List<ConversationItemTruncateEvent> truncates = new ArrayList<>();
        for (Map.Entry<String, ItemState> e : items.entrySet()) {
            ItemState item = e.getValue();
            if (responseId == null || !responseId.equals(item.responseId)) {
                continue;
            }
            long receivedMs = sessionFormat.durationMs(item.receivedBytes);
            long heardMs = Math.min(port.heardMs(e.getKey()), receivedMs);
            if (e.getKey().equals(current)) {
                heardOfCurrent = heardMs;
            }
            if (heardMs < receivedMs) {
                truncates.add(new ConversationItemTruncateEvent(e.getKey(), 0, (int) heardMs));
            }
        }
        try {
            if (policy.cancelResponse() && activeResponseId != null) {
                session.cancelResponse();
            }
            for (ConversationItemTruncateEvent t : truncates) {
                session.send(t);
            }
        } catch (RuntimeException ex) {
            LOG.warn("Session {}: could not send the barge-in events: {}", session.key(), ex.getMessage());
        }
        if (playing != null) {
            long receivedMs = sessionFormat.durationMs(playing.receivedBytes);
            String heard = heardPart(playing.transcript, heardOfCurrent, receivedMs);
            // a replacement server session must remember what the caller heard, not what the model planned to say
            session.ledger().assistantText(current, heard);
            session.publish(new InterruptionEvent(current, playing.responseId, heardOfCurrent, receivedMs, heard,
                    reaction));
        }
    }

    /** The transcript cut in proportion to the audio heard, at a word boundary. */
    static String heardPart(CharSequence transcript, long heardMs, long totalMs) {
        if (transcript.length() == 0 || totalMs <= 0) {
            return "";
        }
        int cut = (int) Math.min(transcript.length(), Math.round(transcript.length() * (double) heardMs / totalMs));
        while (cut > 0 && cut < transcript.length() && !Character.isWhitespace(transcript.charAt(cut))) {
            cut--;
        }
        return transcript.subSequence(0, cut).toString().trim();
    }

    private void trimItems() {
        while (items.size() > ItemLedger.MAX_ITEMS) {
            items.remove(items.keySet().iterator().next());
        }
    }
}
