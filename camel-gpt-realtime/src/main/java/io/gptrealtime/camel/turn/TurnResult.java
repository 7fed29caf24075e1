package io.gptrealtime.camel.turn;

import io.gptrealtime.camel.audio.AudioFormat;
import io.gptrealtime.camel.protocol.ResponseUsage;

/**
 * The outcome of one user turn and the assistant's answer to it.
 *
 * @param userTranscript      what the user said (the transcription of the committed audio, or the text sent); null
 *                            when input transcription is off
 * @param assistantTranscript the assistant's audio transcript or output text
 * @param audio               the assistant's audio in {@code audioFormat} (empty for text-only answers)
 * @param audioFormat         the session's output audio format
 * @param responseId          the response id
 * @param status              completed, cancelled, failed or incomplete
 * @param usage               the response's token usage, when the service reported it
 */
public record TurnResult(String userTranscript, String assistantTranscript, byte[] audio, AudioFormat audioFormat,
                         String responseId, String status, ResponseUsage usage) {

    public long audioDurationMs() {
        return audioFormat == null ? 0 : audioFormat.durationMs(audio.length);
    }

    @Override
    public String toString() {
        return "TurnResult[status=" + status + ", user=" + userTranscript + ", assistant=" + assistantTranscript
               + ", audio=" + audioDurationMs() + " ms]";
    }
}
