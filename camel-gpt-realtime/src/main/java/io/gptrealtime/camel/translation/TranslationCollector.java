package io.gptrealtime.camel.translation;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;

import io.gptrealtime.camel.protocol.ErrorEvent;
import io.gptrealtime.camel.protocol.ServerEvent;
import io.gptrealtime.camel.protocol.translation.TranslationEventTypes;
import io.gptrealtime.camel.protocol.translation.TranslationInputTranscriptDeltaEvent;
import io.gptrealtime.camel.protocol.translation.TranslationOutputAudioDeltaEvent;
import io.gptrealtime.camel.protocol.translation.TranslationOutputTranscriptDeltaEvent;
import io.gptrealtime.camel.session.RealtimeSession;
import io.gptrealtime.camel.session.RealtimeSessionException;
import io.gptrealtime.camel.session.SessionObserver;

/**
 * Collects a translation session's output until {@code session.closed}: audio deltas appended in order (their sizes
 * vary), transcript deltas concatenated as they come (they are append-only fragments: no separators). A bounded
 * collector: past {@code maxAudioBytes} of audio the result fails rather than growing without end.
 * <p>
 * Runs as a session observer: events arrive on the socket reader thread, the end of the session on whichever thread
 * noticed it, so the buffers are guarded by {@code this}.
 */
public final class TranslationCollector implements SessionObserver {

    private final int maxAudioBytes;
    private final CompletableFuture<TranslationResult> result = new CompletableFuture<>();
    /** Guarded by this. */
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private final StringBuilder translated = new StringBuilder();
    private final StringBuilder source = new StringBuilder();
    /** Guarded by this: the last error the service reported, for a result that is otherwise empty. */
    private String lastError;

    public TranslationCollector(int maxAudioBytes) {
        this.maxAudioBytes = maxAudioBytes;
    }

    public CompletableFuture<TranslationResult> result() {
        return result;
    }

    @Override
    public synchronized void onServerEvent(RealtimeSession session, ServerEvent event) {
        if (result.isDone()) {
            return;
        }
        if (event instanceof TranslationOutputAudioDeltaEvent a) {
            byte[] pcm = a.audio();
            if (audio.size() + pcm.length > maxAudioBytes) {
                result.completeExceptionally(new RealtimeSessionException("The translation produced more than "
                                                                          + maxAudioBytes + " bytes of audio"));
                return;
            }
            audio.write(pcm, 0, pcm.length);
        } else if (event instanceof TranslationOutputTranscriptDeltaEvent t && t.getDelta() != null) {
            translated.append(t.getDelta());
        } else if (event instanceof TranslationInputTranscriptDeltaEvent t && t.getDelta() != null) {
            source.append(t.getDelta());
        } else if (TranslationEventTypes.SESSION_CLOSED.equals(event.getType())) {
            complete();
        } else if (event instanceof ErrorEvent e && e.getError() != null) {
            // a client mistake is reported and the session goes on; the caller sees it if nothing else arrives
            lastError = e.getError().getCode() + ": " + e.getError().getMessage();
        }
    }

    @Override
    public synchronized void onSessionClosed(RealtimeSession session, Throwable cause) {
        if (cause != null) {
            result.completeExceptionally(cause);
        } else if (!result.isDone()) {
            // closed without session.closed (e.g. the close timeout cut the drain short): what arrived is the result
            complete();
        }
    }

    /** Fails the collection (the caller could not stream the input). */
    public void fail(Throwable cause) {
        result.completeExceptionally(cause);
    }

    private void complete() {
        if (audio.size() == 0 && translated.length() == 0 && lastError != null) {
            result.completeExceptionally(new RealtimeSessionException("The translation session produced nothing; "
                                                                      + "last error " + lastError));
            return;
        }
        result.complete(new TranslationResult(audio.toByteArray(), translated.toString(), source.toString()));
    }
}
