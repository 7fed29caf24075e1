package io.gptrealtime.camel.turn;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.protocol.EventTypes;
import io.gptrealtime.camel.protocol.InputAudioBufferCommittedEvent;
import io.gptrealtime.camel.protocol.InputAudioTranscriptionCompletedEvent;
import io.gptrealtime.camel.protocol.InputAudioTranscriptionFailedEvent;
import io.gptrealtime.camel.protocol.RealtimeResponse;
import io.gptrealtime.camel.protocol.ResponseCreatedEvent;
import io.gptrealtime.camel.protocol.ResponseDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.ResponseOutputAudioTranscriptDoneEvent;
import io.gptrealtime.camel.protocol.ResponseOutputTextDoneEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.RealtimeSessionException;
import io.gptrealtime.camel.session.SessionObserver;

/**
 * Collects one turn on the socket reader thread: the user item our commit created and its transcript, then the
 * response we asked for, its audio and transcript, until response.done. When input transcription is on, the result
 * also waits (briefly) for the user transcript, which the service delivers asynchronously to the response.
 * <p>
 * Guarded by {@code this}: events come from the reader thread, the transcript grace timer from the scheduler.
 */
public final class TurnCollector implements SessionObserver {

    /** How long to wait for the user transcript after the response finished. */
    static final long USER_TRANSCRIPT_GRACE_MILLIS = 5_000;
    /** Bound on the collected assistant audio (10 minutes of 24 kHz PCM16). */
    static final int MAX_AUDIO_BYTES = 10 * 60 * 48_000;

    private final CompletableFuture<TurnResult> result = new CompletableFuture<>();
    private final AudioFormat outputFormat;
    private final boolean waitForUserTranscript;
    private final ScheduledExecutorService scheduler;

    private boolean awaitingCommit;
    private String userItemId;
    private String userTranscript;
    private boolean userDone;
    private boolean awaitingResponse;
    private String responseId;
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private final StringBuilder assistantText = new StringBuilder();
    private RealtimeResponse finished;

    /**
     * @param userText a text turn's user text (then no transcript is awaited), or null for an audio turn
     */
    public TurnCollector(AudioFormat outputFormat, boolean transcriptionOn, String userText,
                         ScheduledExecutorService scheduler) {
        this.outputFormat = outputFormat;
        this.scheduler = scheduler;
        this.userTranscript = userText;
        this.waitForUserTranscript = userText == null && transcriptionOn;
        this.userDone = !waitForUserTranscript;
        this.awaitingCommit = userText == null;
        this.awaitingResponse = true;
    }

    public CompletableFuture<TurnResult> result() {
        return result;
    }

    @Override
    public synchronized void onServerEvent(RealtimeSession session, ServerEvent event) {
        if (result.isDone()) {
            return;
        }
        switch (event.getType()) {
            case EventTypes.INPUT_AUDIO_BUFFER_COMMITTED -> {
                if (awaitingCommit) {
                    awaitingCommit = false;
                    userItemId = ((InputAudioBufferCommittedEvent) event).getItemId();
                }
            }
            case EventTypes.INPUT_AUDIO_TRANSCRIPTION_COMPLETED -> {
                InputAudioTranscriptionCompletedEvent t = (InputAudioTranscriptionCompletedEvent) event;
                if (t.getItemId() != null && t.getItemId().equals(userItemId)) {
                    userTranscript = t.getTranscript();
                    userDone = true;
                    maybeComplete();
                }
            }
            case EventTypes.INPUT_AUDIO_TRANSCRIPTION_FAILED -> {
                InputAudioTranscriptionFailedEvent t = (InputAudioTranscriptionFailedEvent) event;
                if (t.getItemId() != null && t.getItemId().equals(userItemId)) {
                    userDone = true;
                    maybeComplete();
                }
            }
            case EventTypes.RESPONSE_CREATED -> {
                if (awaitingResponse && responseId == null) {
                    RealtimeResponse r = ((ResponseCreatedEvent) event).getResponse();
                    responseId = r == null ? null : r.getId();
                    awaitingResponse = false;
                }
            }
            case EventTypes.RESPONSE_OUTPUT_AUDIO_DELTA -> {
                ResponseOutputAudioDeltaEvent d = (ResponseOutputAudioDeltaEvent) event;
                if (ours(d.getResponseId())) {
                    byte[] chunk = d.audio();
                    if (audio.size() + chunk.length > MAX_AUDIO_BYTES) {
                        fail(new RealtimeSessionException("The assistant's answer exceeds " + MAX_AUDIO_BYTES
                                                          + " bytes of audio"));
                        return;
                    }
                    audio.write(chunk, 0, chunk.length);
                }
            }
            case EventTypes.RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE -> {
                ResponseOutputAudioTranscriptDoneEvent d = (ResponseOutputAudioTranscriptDoneEvent) event;
                if (ours(d.getResponseId())) {
                    appendText(d.getTranscript());
                }
            }
            case EventTypes.RESPONSE_OUTPUT_TEXT_DONE -> {
                ResponseOutputTextDoneEvent d = (ResponseOutputTextDoneEvent) event;
                if (ours(d.getResponseId())) {
                    appendText(d.getText());
                }
            }
            case EventTypes.RESPONSE_DONE -> {
                RealtimeResponse r = ((ResponseDoneEvent) event).getResponse();
                if (r != null && ours(r.getId())) {
                    finished = r;
                    if (!userDone) {
                        scheduler.schedule(this::userTranscriptGraceOver,
                                USER_TRANSCRIPT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                    }
                    maybeComplete();
                }
            }
            default -> {
                // not part of a turn
            }
        }
    }

    @Override
    public void onSessionClosed(RealtimeSession session, Throwable cause) {
        fail(new RealtimeSessionException("The session ended before the turn was answered"
                                          + (cause == null ? "" : ": " + cause.getMessage()), cause));
    }

    /** Fails the turn (e.g. sending failed); later events are ignored. */
    public void fail(Throwable cause) {
        result.completeExceptionally(cause);
    }

    private boolean ours(String id) {
        return id != null && id.equals(responseId);
    }

    private void appendText(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (assistantText.length() > 0) {
            assistantText.append(' ');
        }
        assistantText.append(text);
    }

    /** Runs on the timer thread: the transcript is late, answer without it. */
    private synchronized void userTranscriptGraceOver() {
        userDone = true;
        maybeComplete();
    }

    private synchronized void maybeComplete() {
        if (finished == null || !userDone || result.isDone()) {
            return;
        }
        result.complete(new TurnResult(userTranscript, assistantText.toString(), audio.toByteArray(), outputFormat,
                finished.getId(), finished.getStatus(), finished.getUsage()));
    }
}
